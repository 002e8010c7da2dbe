import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateReason } from '../../../db/contract/index.ts';

/** Why two records look like one person, in words ("stejné datum narození, …"). */
export function ReasonList({ reasons }: { reasons: DuplicateReason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <Text size="sm">{reasons.map((reason) => t(`clients.reasons.${reason}`)).join(', ')}</Text>
  );
}
