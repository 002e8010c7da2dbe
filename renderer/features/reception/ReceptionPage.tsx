import { Alert, Grid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { RecordActDialog } from '../services/RecordActDialog.tsx';
import {
  counsellingType,
  internetType,
  isRecordableByHand,
  libraryType,
} from '../services/service-labels.ts';
import { useServiceCatalogue } from '../services/use-service-catalogue.ts';
import { isAreaReady } from '../shell/area-readiness.ts';
import './reception.css';
import { ReceptionSearch } from './ReceptionSearch.tsx';
import { ServiceChoices, type Choice, type ChoiceState } from './ServiceChoices.tsx';
import { TodayTally } from './TodayTally.tsx';
import { showUndoNotification } from './undo-notification.tsx';
import { WalkInButtons } from './WalkInButtons.tsx';

/**
 * The front desk, entirely by keyboard: type a name, Enter picks the person, one letter
 * records the service, and the focus is back in the search box for the next visitor. What one
 * key records at once (internet, a library visit) can be undone from its notification. The
 * day's tally stays in view beside it.
 */
export function ReceptionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const catalogue = useServiceCatalogue();
  const day = useApiQuery('acts.day', {});
  const searchInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<ClientSummary | null>(null);
  const [busyChoice, setBusyChoice] = useState<Choice | null>(null);
  const [dialog, setDialog] = useState<'counselling' | 'other' | null>(null);
  const isLibraryReady = isAreaReady('library');

  const focusSearch = () => requestAnimationFrame(() => searchInput.current?.focus());
  const startOver = () => {
    setPicked(null);
    setText('');
    focusSearch();
  };
  const afterRecorded = () => {
    day.reload();
    startOver();
  };
  const focusChoices = () =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('[data-choice][aria-keyshortcuts="I"]')?.focus(),
    );

  const otherTypes = catalogue.types.filter(
    (type) =>
      isRecordableByHand(type) && ![internetType, libraryType, counsellingType].includes(type.code),
  );
  const isArchived = (code: string) =>
    catalogue.types.find((type) => type.code === code)?.isArchived ?? false;
  const archivedHint = t('reception.choice.archived');
  const states: Record<Choice, ChoiceState> = {
    internet: isArchived(internetType) ? { hint: archivedHint, isUnavailable: true } : {},
    // A visit without a loan (reading room, newspapers) is an act of its own, recorded here.
    library: isArchived(libraryType)
      ? { hint: archivedHint, isUnavailable: true }
      : { hint: t('reception.choice.libraryVisit') },
    // A loan names a book, so the library's own screen records it; nothing is faked here.
    loan: { hint: t('reception.choice.loanOpens'), isUnavailable: !isLibraryReady },
    counselling: isArchived(counsellingType)
      ? { hint: archivedHint, isUnavailable: true }
      : { hint: t('reception.choice.counsellingHint') },
    other:
      otherTypes.length === 0 && catalogue.query.status === 'ready'
        ? { hint: t('reception.choice.noOther'), isUnavailable: true }
        : { hint: otherTypes.map((type) => catalogue.label(type.code)).join(', ') },
  };

  const choose = async (choice: Choice, computer: string) => {
    if (!picked) return;
    const state = states[choice];
    if (state.isUnavailable) {
      notifications.show({ color: 'blue', message: state.hint });
      return;
    }
    if (choice === 'counselling' || choice === 'other') {
      setDialog(choice);
      return;
    }
    if (choice === 'loan') {
      void navigate(`/library?client=${encodeURIComponent(picked.id)}`);
      return;
    }
    const type = choice === 'library' ? libraryType : internetType;
    setBusyChoice(choice);
    const result = await call('acts.record', {
      clientId: picked.id,
      type,
      ...(type === internetType ? { computer: computer.trim() } : {}),
    });
    setBusyChoice(null);
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('services.act.saveFailed'),
        message: result.error.message,
      });
      return;
    }
    const act = result.value;
    showUndoNotification({
      t,
      title: t('services.act.recordedTitle'),
      message: t('services.act.recorded', {
        service: catalogue.label(act.type),
        name: picked.displayName,
      }),
      undo: async () => {
        const undone = await call('acts.delete', { id: act.id });
        return undone.ok ? { ok: true } : { ok: false, message: undone.error.message };
      },
      onUndone: day.reload,
    });
    afterRecorded();
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('nav.reception')}</Title>
        <Text c="dimmed">{t('reception.intro')}</Text>
      </div>
      {catalogue.query.status === 'error' && (
        <Alert role="alert" color="red" title={t('services.catalogue.loadFailed')}>
          {catalogue.query.error.message}
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <ReceptionSearch
              inputRef={searchInput}
              text={text}
              onTextChange={(value) => {
                setText(value);
                setPicked(null);
              }}
              hasPick={picked !== null}
              onPick={setPicked}
            />
            {picked && (
              <ServiceChoices
                client={picked}
                states={states}
                busyChoice={busyChoice}
                onChoose={(choice, computer) => void choose(choice, computer)}
                onCancel={() => {
                  setPicked(null);
                  focusSearch();
                }}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {/* Walk-ins beside the tally they add to, in view whatever the left side shows. */}
          <Stack gap="xl">
            <WalkInButtons label={catalogue.label} onCounted={day.reload} />
            <TodayTally day={day} label={catalogue.label} />
          </Stack>
        </Grid.Col>
      </Grid>
      {picked && (
        <RecordActDialog
          opened={dialog !== null}
          client={{ id: picked.id, name: picked.displayName }}
          // "Other" starts with no type: one Enter must not record a service nobody chose.
          type={dialog === 'counselling' ? counsellingType : ''}
          typeOptions={dialog === 'other' ? otherTypes : undefined}
          showDateAndTown={false}
          label={catalogue.label}
          returnFocus={false}
          onClose={() => {
            setDialog(null);
            focusChoices();
          }}
          onRecorded={() => {
            setDialog(null);
            afterRecorded();
          }}
        />
      )}
    </Stack>
  );
}
