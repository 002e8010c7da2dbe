import { Group, Paper, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso, type ReportRange } from '../../../db/contract/index.ts';
import { DateField } from '../../forms/DateField.tsx';
import type { ReportQuery } from './report-links.ts';
import {
  isPeriodChoice,
  periodPresets,
  periodProblem,
  presetPeriod,
  type PeriodChoice,
} from './report-period.ts';

// Mantine's clear button is hidden from the keyboard, so "all towns" is an option of its own.
const allTowns = '*';

interface ReportPeriodBarProps {
  query: ReportQuery;
  /** The span and towns of the data; null while it loads. */
  range: ReportRange | null;
  onChange: (query: ReportQuery) => void;
}

/**
 * The period: a ready-made one (month, quarter, half-year, year, since opening) or dates of
 * one's own — typing a date makes the period "custom" — and optionally one town.
 */
export function ReportPeriodBar({ query, range, onChange }: ReportPeriodBarProps) {
  const { t } = useTranslation();
  const problem = periodProblem(query.from, query.to);
  const choices: PeriodChoice[] = [...periodPresets, 'custom'];
  const hasNoActs = range !== null && range.firstDate === null;

  const choose = (value: string | null) => {
    if (!isPeriodChoice(value) || value === 'custom') {
      onChange({ ...query, choice: 'custom' });
      return;
    }
    const dates = presetPeriod(value, todayIso(), range ?? { firstDate: null, lastDate: null });
    if (dates) onChange({ ...query, choice: value, ...dates });
  };

  const towns = range?.towns ?? [];
  // A town from the address that the data no longer has stays selectable, so it can be cleared.
  const townOptions = query.town && !towns.includes(query.town) ? [...towns, query.town] : towns;

  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={t('reports.period.groupLabel')}>
      <Group align="flex-start" gap="md">
        <Select
          label={t('reports.period.label')}
          data={choices.map((value) => ({
            value,
            label: t(`reports.period.presets.${value}`),
            disabled: value === 'sinceOpening' && (range === null || hasNoActs),
          }))}
          value={query.choice}
          onChange={choose}
          allowDeselect={false}
          description={hasNoActs ? t('reports.period.sinceOpeningEmpty') : undefined}
          w={220}
        />
        <DateField
          label={t('reports.period.from')}
          value={query.from}
          onChange={(from) => onChange({ ...query, choice: 'custom', from })}
          error={
            problem === 'missingDates' && !query.from ? t('reports.period.missingDates') : null
          }
          w={170}
        />
        <DateField
          label={t('reports.period.to')}
          value={query.to}
          onChange={(to) => onChange({ ...query, choice: 'custom', to })}
          error={
            problem === 'endBeforeStart'
              ? t('reports.period.endBeforeStart')
              : problem === 'missingDates' && query.from && !query.to
                ? t('reports.period.missingDates')
                : null
          }
          w={170}
        />
        <Select
          label={t('reports.period.town')}
          data={[{ value: allTowns, label: t('reports.period.allTowns') }, ...townOptions]}
          value={query.town ?? allTowns}
          onChange={(town) => onChange({ ...query, town: town === allTowns ? null : town })}
          allowDeselect={false}
          searchable
          w={240}
        />
      </Group>
    </Paper>
  );
}
