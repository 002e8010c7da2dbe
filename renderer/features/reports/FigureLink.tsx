import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUiStore } from '../../state/ui-store.ts';
import { formatNumber } from './report-format.ts';

interface FigureLinkProps {
  value: number;
  /** The drill-down page listing the clients or acts behind the number. */
  to: string;
  /** What the number is about, for screen readers: "Vietnam", "Celkem", "Liberec". */
  label: string;
  /** What it counts: "klienti", "úkony", "účastníci". */
  measure: string;
  className?: string;
}

/**
 * A number of the report that opens the list behind it. Its accessible name says what the
 * number counts, since "206" alone means nothing to someone who hears it. Zero lists nothing,
 * so a zero stays plain text.
 */
export function FigureLink({ value, to, label, measure, className }: FigureLinkProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const text = formatNumber(value, language);
  if (value === 0) {
    return (
      <Text span inherit className={className}>
        {text}
      </Text>
    );
  }
  return (
    <Anchor
      component={Link}
      to={to}
      inherit
      className={['report-figure-link', className].filter(Boolean).join(' ')}
      aria-label={t('reports.figureLink', { label, measure, value: text })}
    >
      {text}
    </Anchor>
  );
}
