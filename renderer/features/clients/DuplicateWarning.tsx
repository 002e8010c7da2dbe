import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from './client-format.ts';
import { ReasonList } from './ReasonList.tsx';

/** "Možná duplicita": people already registered who may be the one being typed. */
export function DuplicateWarning({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconCopy aria-hidden />}
      title={t('clients.duplicateWarning.title')}
      className="readable-alert"
    >
      <Text size="sm" mb="xs">
        {t('clients.duplicateWarning.text')}
      </Text>
      <List spacing="xs" listStyleType="none" p={0}>
        {candidates.map(({ client, score, reasons }) => (
          <List.Item key={client.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
                {client.displayName}
              </Anchor>
              <Text size="sm" c="dimmed">
                {[
                  formatDate(client.birthDate, language),
                  countryLabel(client.nationality, language),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Badge color="orange" variant="outline" c="orange.9">
                {t('clients.duplicates.score', { score })}
              </Badge>
            </Group>
            <ReasonList reasons={reasons} />
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
