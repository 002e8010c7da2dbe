import { Box, Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fieldLabels,
  residenceStatuses,
  residenceStatusLabels,
  type ResidenceStatus,
} from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useClientListStore } from './client-list-store.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { ServedPeriodFilter } from './ServedPeriodFilter.tsx';

/**
 * Narrows the register by nationality, residence status and town, by the period in which the
 * clients were served, and to those whose consent is still missing.
 */
export function ClientListFilters() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const filters = useClientListStore((state) => state.filters);
  const setFilters = useClientListStore((state) => state.setFilters);
  const clearFilters = useClientListStore((state) => state.clearFilters);
  // The town is typed: the list follows after a pause rather than at each letter.
  const [town, setTown] = useState(filters.town);
  const applyTown = useDebouncedCallback((value: string) => setFilters({ town: value }), 300);
  const hasFilters =
    filters.nationality !== null ||
    filters.residenceStatus !== null ||
    town !== '' ||
    filters.servedFrom !== '' ||
    filters.servedTo !== '' ||
    filters.isConsentPending;

  return (
    <Stack gap="sm" role="group" aria-label={t('clients.list.filtersLabel')}>
      <Group align="flex-end" gap="sm">
        <CountrySelect
          label={fieldLabels.nationality![language]}
          placeholder={t('clients.list.anyCountry')}
          clearable
          value={filters.nationality}
          onChange={(value) => setFilters({ nationality: value })}
          w={240}
        />
        <Select
          label={fieldLabels.residenceStatus![language]}
          placeholder={t('clients.list.anyStatus')}
          clearable
          data={residenceStatuses.map((status) => ({
            value: status,
            label: residenceStatusLabels[status][language],
          }))}
          value={filters.residenceStatus}
          onChange={(value) => setFilters({ residenceStatus: value as ResidenceStatus | null })}
          w={240}
        />
        <TextInput
          label={fieldLabels.town![language]}
          value={town}
          onChange={(event) => {
            setTown(event.currentTarget.value);
            applyTown(event.currentTarget.value);
          }}
          w={200}
        />
        {/* As tall as the inputs, so the box sits on their middle line. */}
        <Box h={36} display="flex" style={{ alignItems: 'center' }}>
          <Checkbox
            label={t('clients.list.consentPendingOnly')}
            checked={filters.isConsentPending}
            onChange={(event) => setFilters({ isConsentPending: event.currentTarget.checked })}
          />
        </Box>
      </Group>
      {/* From the top: a message under a date must not push the button down with it. */}
      <Group align="flex-start" gap="sm">
        <ServedPeriodFilter />
        {hasFilters && (
          <Button
            className="client-filters-clear"
            variant="subtle"
            onClick={() => {
              // Through the debounce too, so that a town still pending cannot come back.
              setTown('');
              applyTown('');
              clearFilters();
            }}
          >
            {t('clients.list.clearFilters')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
