import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../forms/DateField.tsx';
import { useClientListStore } from './client-list-store.ts';
import { periodPresets, presetPeriod } from './served-period.ts';

/**
 * "Served in the period": two days typed the Czech way or picked, each end may stay open, and
 * quick choices for this month, last month and this year (pressed again, they clear the period).
 */
export function ServedPeriodFilter() {
  const { t } = useTranslation();
  const from = useClientListStore((state) => state.filters.servedFrom);
  const to = useClientListStore((state) => state.filters.servedTo);
  const setFilters = useClientListStore((state) => state.setFilters);
  const isReversed = from !== '' && to !== '' && to < from;
  const activePreset = periodPresets.find((preset) => {
    const period = presetPeriod(preset);
    return period.from === from && period.to === to;
  });

  return (
    <fieldset className="served-period">
      <legend>{t('clients.list.servedPeriod')}</legend>
      <Group gap="xs" align="flex-start">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <DateField
            aria-label={t('clients.list.servedFrom')}
            value={from}
            onChange={(value) => setFilters({ servedFrom: value })}
            w={150}
          />
          <Text aria-hidden lh="36px">
            –
          </Text>
          <DateField
            aria-label={t('clients.list.servedTo')}
            value={to}
            onChange={(value) => setFilters({ servedTo: value })}
            error={isReversed ? t('clients.list.periodReversed') : undefined}
            w={150}
          />
        </Group>
        <Group gap={6} role="group" aria-label={t('clients.list.periodPresets')}>
          {periodPresets.map((preset) => {
            const isActive = preset === activePreset;
            return (
              <Button
                key={preset}
                variant={isActive ? 'light' : 'default'}
                aria-pressed={isActive}
                onClick={() => {
                  const period = isActive ? { from: '', to: '' } : presetPeriod(preset);
                  setFilters({ servedFrom: period.from, servedTo: period.to });
                }}
              >
                {t(`clients.list.presets.${preset}`)}
              </Button>
            );
          })}
        </Group>
      </Group>
    </fieldset>
  );
}
