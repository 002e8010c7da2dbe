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
  mn: 'Монгол хэл',
};

/**
 * The consent form to print and sign, in the client's language (theirs listed first), as a PDF
 * download — in the version recorded on the client, which the API prints when it holds it.
 */
export function ConsentFormMenu({
  clientId,
  clientLanguages = [],
}: {
  clientId: string;
  /** The client's preferred language and the ones they speak, offered first. */
  clientLanguages?: readonly string[];
}) {
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
    const { version, recordedVersion } = result.value;
    if (recordedVersion !== null && recordedVersion !== version) {
      notifications.show({
        color: 'yellow',
        autoClose: false,
        message: t('clients.detail.consentVersionNotHeld', { recorded: recordedVersion, version }),
      });
    }
  };
  const isClients = (language: ConsentLanguage) => clientLanguages.includes(language);
  const ordered = [
    ...consentLanguages
      .filter(isClients)
      .sort((a, b) => clientLanguages.indexOf(a) - clientLanguages.indexOf(b)),
    ...consentLanguages.filter((language) => !isClients(language)),
  ];

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
        {ordered.map((language) => (
          <Menu.Item key={language} lang={language} onClick={() => void download(language)}>
            {languageNames[language]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
