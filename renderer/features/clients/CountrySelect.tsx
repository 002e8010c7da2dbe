import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../state/ui-store.ts';
import { countryOptions } from './country-options.ts';

type CountrySelectProps = Omit<SelectProps, 'data' | 'filter' | 'searchable'>;

/** A country picked by typing its Czech or English name; the value is the ISO code. */
export function CountrySelect(props: CountrySelectProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const { data, filter } = countryOptions(language);
  return (
    <Select
      searchable
      data={data}
      filter={filter}
      nothingFoundMessage={t('clients.noCountryFound')}
      maxDropdownHeight={280}
      {...props}
    />
  );
}
