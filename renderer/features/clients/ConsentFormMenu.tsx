import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentLanguages } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { downloadBase64 } from '../../files/download-base64.ts';

type ConsentLanguage = (typeof consentLanguages)[number];

// Each language named in itself: the client, not the worker, has to read the form.
const languageNames: Record<ConsentLanguage, string> = {
  cs: 'Čeština',
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  vi: 'Tiếng Việt',
};

/** The consent form to print and sign, in the client's language, as a PDF download. */
export function ConsentFormMenu({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [isLoading, setIsLoading] = useState(false);

  const download = async (language: ConsentLanguage) => {
    setIsLoading(true);
    const result = await call('clients.consentForm', { language, clientId });
    setIsLoading(false);
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('clients.detail.consentFormFailed'),
        message: result.error.message,
      });
      return;
    }
    downloadBase64(result.value.base64, result.value.fileName, 'application/pdf');
  };

  return (
    <Menu position="bottom-start">
      <Menu.Target>
        <Button
          variant="default"
          loading={isLoading}
          leftSection={<IconPrinter size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
        >
          {t('clients.detail.printConsent')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('clients.detail.consentLanguage')}</Menu.Label>
        {consentLanguages.map((language) => (
          <Menu.Item key={language} lang={language} onClick={() => void download(language)}>
            {languageNames[language]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
