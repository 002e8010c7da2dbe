import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { clientName } from './client-format.ts';
import { MergeComparison } from './MergeComparison.tsx';
import { MergePicker } from './MergePicker.tsx';

interface MergeDialogProps {
  opened: boolean;
  /** The record the merge starts from. */
  firstId: string;
  /** The other record, when already known (from the duplicate finder). */
  secondId?: string;
  onClose: () => void;
  /** After a merge, besides going to the survivor (which may be the page already shown). */
  onMerged?: () => void;
}

/** Merges two records of one person: pick the other, compare, choose the one that stays. */
export function MergeDialog({ opened, onClose, ...steps }: MergeDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('clients.merge.title')} size="xl">
      {opened && <MergeSteps {...steps} onClose={onClose} />}
    </Modal>
  );
}

function MergeSteps({ firstId, secondId, onClose, onMerged }: Omit<MergeDialogProps, 'opened'>) {
  const [pickedId, setPickedId] = useState<string | null>(secondId ?? null);
  if (pickedId === null) return <MergePicker excludeId={firstId} onPick={setPickedId} />;
  return (
    <MergeConfirm
      firstId={firstId}
      secondId={pickedId}
      onBack={secondId ? undefined : () => setPickedId(null)}
      onClose={onClose}
      onMerged={onMerged}
    />
  );
}

interface MergeConfirmProps {
  firstId: string;
  secondId: string;
  onBack?: () => void;
  onClose: () => void;
  onMerged?: () => void;
}

function MergeConfirm({ firstId, secondId, onBack, onClose, onMerged }: MergeConfirmProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const first = useApiQuery('clients.get', { id: firstId });
  const second = useApiQuery('clients.get', { id: secondId });
  const [survivorId, setSurvivorId] = useState(firstId);
  const [error, setError] = useState<string | null>(null);
  const [isMerging, setIsMerging] = useState(false);

  if (first.status === 'loading' || second.status === 'loading') {
    return <Loader aria-label={t('app.loading')} />;
  }
  const failed = [first, second].find((query) => query.status === 'error');
  if (first.status !== 'ready' || second.status !== 'ready') {
    return (
      <Alert role="alert" color="red" title={t('clients.detail.loadFailed')}>
        {failed?.status === 'error' ? failed.error.message : ''}
      </Alert>
    );
  }
  const a = first.value.client;
  const b = second.value.client;
  if (a.id === b.id) {
    return <Alert color="yellow">{t('clients.merge.sameRecord')}</Alert>;
  }
  // Ids may have pointed at merged-away records: the choice is between the records that stand.
  const survivor = survivorId === b.id ? b : a;
  const merged = survivor === a ? b : a;

  const merge = async () => {
    setIsMerging(true);
    const result = await call('clients.merge', { survivorId: survivor.id, mergedId: merged.id });
    setIsMerging(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({
      color: 'teal',
      message: t('clients.merge.done', {
        merged: clientName(merged),
        survivor: clientName(survivor),
      }),
    });
    onClose();
    void navigate(`/clients/${result.value.id}`);
    onMerged?.();
  };

  return (
    <Stack gap="md">
      <MergeComparison clients={[a, b]} survivorId={survivor.id} onSurvivorChange={setSurvivorId} />
      <Text size="sm">
        {t('clients.merge.explain', { merged: clientName(merged), survivor: clientName(survivor) })}
      </Text>
      {error && (
        <Alert role="alert" color="red" title={t('clients.merge.failed')}>
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        {onBack ? (
          <Button variant="subtle" onClick={onBack}>
            {t('clients.merge.back')}
          </Button>
        ) : (
          <span />
        )}
        <Group gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={isMerging}
            leftSection={<IconArrowMerge size={18} aria-hidden />}
            onClick={() => void merge()}
          >
            {t('clients.merge.confirm')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
