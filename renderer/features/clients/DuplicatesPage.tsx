import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconArrowMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientSummary, DuplicatePair } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import './clients.css';
import { countryLabel, formatDate } from './client-format.ts';
import { PseudonymBadge } from './ClientCells.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { ReasonList } from './ReasonList.tsx';

/** Pairs of records that may be one person, most likely first, each ready to be merged. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const pairs = useApiQuery('clients.duplicates', { minScore: 60, limit: 500 });
  const [merging, setMerging] = useState<DuplicatePair | null>(null);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/clients" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('clients.detail.backToList')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('clients.duplicates.title')}</Title>
        <Text c="dimmed">{t('clients.duplicates.intro')}</Text>
      </Stack>
      {pairs.status === 'loading' && (
        <Group gap="sm">
          <Loader size="sm" aria-hidden />
          <Text role="status">{t('clients.duplicates.searching')}</Text>
        </Group>
      )}
      {pairs.status === 'error' && (
        <Alert role="alert" color="red" title={t('clients.duplicates.loadFailed')}>
          {pairs.error.message}
        </Alert>
      )}
      {pairs.status === 'ready' && pairs.value.length === 0 && (
        <Text>{t('clients.duplicates.none')}</Text>
      )}
      {pairs.status === 'ready' && pairs.value.length > 0 && (
        <Stack gap="sm" component="ul" className="plain-list">
          {pairs.value.map((pair) => (
            <Card component="li" key={`${pair.a.id}-${pair.b.id}`} withBorder padding="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap="xs">
                  <Group gap="lg" align="flex-start">
                    <PairMember client={pair.a} />
                    <PairMember client={pair.b} />
                  </Group>
                  <ReasonList reasons={pair.reasons} />
                </Stack>
                <Stack gap="xs" align="flex-end">
                  <Badge color="orange" variant="outline" size="lg" c="orange.9">
                    {t('clients.duplicates.score', { score: pair.score })}
                  </Badge>
                  <Button
                    leftSection={<IconArrowMerge size={18} aria-hidden />}
                    onClick={() => setMerging(pair)}
                    aria-label={t('clients.duplicates.mergeNamed', {
                      a: pair.a.displayName,
                      b: pair.b.displayName,
                    })}
                  >
                    {t('clients.duplicates.merge')}
                  </Button>
                </Stack>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {merging && (
        <MergeDialog
          opened
          firstId={merging.a.id}
          secondId={merging.b.id}
          onClose={() => setMerging(null)}
        />
      )}
    </Stack>
  );
}

function PairMember({ client }: { client: ClientSummary }) {
  const language = useUiStore((state) => state.language);
  return (
    <Stack gap={2} miw={220}>
      <Group gap={6}>
        <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
          {client.displayName}
        </Anchor>
        {client.isPseudonymous && <PseudonymBadge />}
      </Group>
      <Text size="sm" c="dimmed">
        {[
          formatDate(client.birthDate, language),
          countryLabel(client.nationality, language),
          client.town,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}
