import { Badge, Radio, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldLabels, type Client } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { clientName } from './client-format.ts';
import { formatHistoryValue } from './history-value.ts';

const comparedFields = [
  'familyName',
  'givenNames',
  'nickname',
  'otherSpellings',
  'birthDate',
  'sex',
  'nationality',
  'residenceStatus',
  'residenceValidUntil',
  'town',
  'phone',
  'email',
  'consentDate',
  'isConsentPending',
] as const;

interface MergeComparisonProps {
  clients: [Client, Client];
  survivorId: string;
  onSurvivorChange: (id: string) => void;
}

/**
 * Both records side by side, differences marked in words as well as colour, and the choice of
 * the one that stays (the other is merged into it and can be split off again later).
 */
export function MergeComparison({ clients, survivorId, onSurvivorChange }: MergeComparisonProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const value = (client: Client, field: (typeof comparedFields)[number]) => {
    const raw = client[field];
    return formatHistoryValue(field, typeof raw === 'boolean' ? Number(raw) : raw, language, t);
  };
  return (
    <Radio.Group
      value={survivorId}
      onChange={onSurvivorChange}
      label={t('clients.merge.survivorLabel')}
      description={t('clients.merge.survivorHint')}
    >
      <Table mt="sm" withTableBorder withColumnBorders layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%">
              <VisuallyHidden>{t('clients.history.field')}</VisuallyHidden>
            </Table.Th>
            {clients.map((client) => (
              <Table.Th key={client.id}>
                <Radio
                  value={client.id}
                  label={t('clients.merge.keep', { name: clientName(client) })}
                />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {comparedFields.map((field) => {
            const [a, b] = [value(clients[0], field), value(clients[1], field)];
            if (a === '—' && b === '—') return null;
            const isDifferent = a !== b;
            return (
              <Table.Tr key={field} bg={isDifferent ? 'yellow.0' : undefined}>
                <Table.Th scope="row">
                  {fieldLabels[field]?.[language] ?? field}
                  {isDifferent && (
                    <Badge ml="xs" size="xs" color="orange" variant="outline" c="orange.9">
                      {t('clients.merge.differs')}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{b}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Radio.Group>
  );
}
