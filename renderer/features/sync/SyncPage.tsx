import { Alert, Button, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBuildingPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncRunStatus, SyncStatus } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { notifyReviewChanged } from '../review/review-count.ts';
import { EnrolDialog } from './EnrolDialog.tsx';
import { ExportSection } from './ExportSection.tsx';
import { ImportSection } from './ImportSection.tsx';
import { SitesTable } from './SitesTable.tsx';
import { SyncFolderSection } from './SyncFolderSection.tsx';
import type { SyncOutcome } from './sync-outcome.ts';
import { missingRangeText } from './sync-text.ts';
import { SyncResultDialog } from './SyncResultDialog.tsx';
import './sync.css';
import { useMassDeleteQuestion } from './use-mass-delete-question.tsx';
import { useSyncRun } from './use-sync-run.ts';

/**
 * Synchronizace: this site and its organisation, every site's state, what is missing, the sync
 * folder with "Synchronizovat", a file for another site, reading files, and (HQ) branches.
 */
export function SyncPage() {
  const { t } = useTranslation();
  const status = useApiQuery('sync.status', {});
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const [isEnrolling, setEnrolling] = useState(false);
  const massDelete = useMassDeleteQuestion();

  const showOutcome = (next: SyncOutcome) => {
    setOutcome(next);
    status.reload();
    notifyReviewChanged();
  };
  const run = useSyncRun(
    (finished: SyncRunStatus) => showOutcome({ kind: 'run', run: finished }),
    massDelete.ask,
  );

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('nav.sync')}</Title>
        <Text maw={880}>{t('sync.intro')}</Text>
      </Stack>
      {status.status === 'loading' && <Loader aria-label={t('app.loading')} />}
      {status.status === 'error' && (
        <Alert
          role="alert"
          color="red"
          title={t('sync.loadFailed')}
          icon={<IconAlertTriangle aria-hidden />}
          maw={880}
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{status.error.message}</Text>
            <Button variant="default" size="xs" onClick={status.reload}>
              {t('app.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {status.status === 'ready' && (
        <>
          <SiteSummary status={status.value} />
          <MissingRanges status={status.value} />
          <section aria-labelledby="sync-sites-heading">
            <Group justify="space-between" mb="sm" gap="sm">
              <Title order={2} size="h3" id="sync-sites-heading">
                {t('sync.sites.heading')}
              </Title>
              {canEnrol(status.value) && (
                <Button
                  variant="light"
                  leftSection={<IconBuildingPlus size={18} aria-hidden />}
                  onClick={() => setEnrolling(true)}
                >
                  {t('sync.enrol.open')}
                </Button>
              )}
            </Group>
            {status.value.sites.length > 0 && (
              <SitesTable status={status.value} onChanged={status.reload} />
            )}
          </section>
          <SyncFolderSection
            key={status.value.folder ?? ''}
            folder={status.value.folder}
            run={run}
            onSaved={status.reload}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <ExportSection status={status.value} onExported={status.reload} />
            <ImportSection askMassDelete={massDelete.ask} onImported={showOutcome} />
          </SimpleGrid>
          <EnrolDialog
            opened={isEnrolling}
            onClose={() => setEnrolling(false)}
            onEnrolled={status.reload}
          />
        </>
      )}
      <SyncResultDialog outcome={outcome} onClose={() => setOutcome(null)} />
      {massDelete.dialog}
    </Stack>
  );
}

/**
 * Headquarters enrols branches; so does a site of no organisation yet (one set up before sync
 * existed), which becomes the headquarters of its own organisation by its first enrolment.
 */
function canEnrol(status: SyncStatus): boolean {
  return status.site.isHq || status.organisation === null;
}

/** "Toto pracoviště: Liberec (Liberec), ústředí · Organizace: …". */
function SiteSummary({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const { site, organisation } = status;
  return (
    <Stack gap={4}>
      <Text>
        <Text span fw={600}>
          {t('sync.thisSite')}:
        </Text>{' '}
        {site.name}
        {site.town && site.town !== site.name ? ` (${site.town})` : ''} –{' '}
        {site.isHq ? t('sync.hq') : t('sync.branch')}
      </Text>
      {organisation ? (
        <Text>
          <Text span fw={600}>
            {t('sync.organisation')}:
          </Text>{' '}
          {organisation.name}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('sync.noOrganisation')}
        </Text>
      )}
    </Stack>
  );
}

/** Gaps in what this site holds, in words. */
function MissingRanges({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  if (status.missing.length === 0) return null;
  return (
    <Alert
      color="yellow"
      title={t('sync.missing.heading')}
      icon={<IconAlertTriangle aria-hidden />}
      maw={880}
    >
      <List size="sm">
        {status.missing.map((range) => (
          <List.Item key={`${range.site}-${range.from}`}>{missingRangeText(range, t)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
