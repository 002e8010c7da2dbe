import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const options: { value: Language; label: string }[] = [
  { value: 'cs', label: 'Čeština' },
  { value: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const setLanguage = useUiStore((state) => state.setLanguage);
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      data={options}
      value={language}
      onChange={(value) => setLanguage(toLanguage(value))}
    />
  );
}
