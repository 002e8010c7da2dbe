import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewItem } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useUiStore } from '../../state/ui-store.ts';
import {
  chosenValue,
  currentChoice,
  type ChoiceProblem,
  type ReviewChoice,
} from './review-choice.ts';
import { reviewValueSource, reviewValueText } from './review-value-text.ts';

interface ReviewItemCardProps {
  item: ReviewItem;
  headingRef?: Ref<HTMLHeadingElement>;
  onResolved: (id: string) => void;
}

/**
 * One field changed at two sites: its values with where, who and when, the one shown now, and
 * the person's choice (one of them, or another typed value), saved as an operation that travels.
 */
export function ReviewItemCard({ item, headingRef, onResolved }: ReviewItemCardProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [choice, setChoice] = useState<ReviewChoice | null>(null);
  const [otherText, setOtherText] = useState('');
  const [problem, setProblem] = useState<ChoiceProblem | null>(null);
  const [apiError, setApiError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const current = currentChoice(item);
  const headingId = `review-${item.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const clientText = item.clientName ?? item.clientId ?? t('review.noClient');

  const save = async () => {
    const chosen = chosenValue(item, choice, otherText);
    setApiError(null);
    if (!chosen.ok) {
      setProblem(chosen.problem);
      return;
    }
    setProblem(null);
    setSaving(true);
    const result = await call('sync.resolve', { id: item.id, value: chosen.value });
    setSaving(false);
    if (!result.ok) {
      setApiError(result.error.message);
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('review.saved'),
    });
    onResolved(item.id);
  };

  const shownNow = (isShown: boolean): ReactNode =>
    isShown && (
      <Badge size="sm" variant="light" color="blue">
        {t('review.current')}
      </Badge>
    );

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId} ref={headingRef} tabIndex={-1}>
          {item.label} –{' '}
          {item.clientId ? (
            <Anchor component={Link} to={`/clients/${item.clientId}`} inherit>
              {clientText}
            </Anchor>
          ) : (
            clientText
          )}
        </Title>
        <Text
          size="sm"
          fw={item.kind === 'deleteEdit' ? 600 : 400}
          c={item.kind === 'deleteEdit' ? 'red.9' : 'dimmed'}
          mt={-8}
        >
          {item.kind === 'deleteEdit' ? t('review.deleteEdit') : t('review.editKind')}
        </Text>
        {item.kind === 'deleteEdit' && (
          <List size="sm" spacing={4} aria-label={t('review.changes')}>
            {item.values.map((entry, index) => (
              <List.Item key={index}>
                <Text span fw={600} size="sm">
                  {reviewValueText(item, entry.value, language, t)}
                </Text>{' '}
                <Text span c="dimmed" size="sm">
                  {reviewValueSource(entry, language, t)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        <Radio.Group
          label={item.kind === 'deleteEdit' ? t('review.deleteQuestion') : t('review.question')}
          value={choice}
          onChange={(value) => {
            setChoice(value as ReviewChoice);
            setProblem(null);
          }}
          error={problem ? t(`review.${problem}`) : undefined}
        >
          <Stack gap="sm" mt="xs">
            {item.kind === 'deleteEdit' ? (
              <>
                <Radio
                  value="keepDeleted"
                  label={
                    <Group gap="xs">
                      {t('review.keepDeleted')}
                      {shownNow(current === 'keepDeleted')}
                    </Group>
                  }
                />
                <Radio
                  value="restore"
                  label={
                    <Group gap="xs">
                      {t('review.restore')}
                      {shownNow(current === 'restore')}
                    </Group>
                  }
                />
              </>
            ) : (
              <>
                {item.values.map((entry, index) => (
                  <Radio
                    key={index}
                    value={`value:${index}`}
                    label={
                      <Group gap="xs" component="span">
                        <Text span fw={600} style={{ whiteSpace: 'pre-wrap' }}>
                          {reviewValueText(item, entry.value, language, t)}
                        </Text>
                        {shownNow(entry.isWinner)}
                      </Group>
                    }
                    description={reviewValueSource(entry, language, t)}
                  />
                ))}
                <Radio value="other" label={t('review.other')} />
                <TextInput
                  ml={32}
                  maw={420}
                  aria-label={t('review.otherInput', { label: item.label })}
                  value={otherText}
                  onChange={(event) => {
                    setOtherText(event.currentTarget.value);
                    setChoice('other');
                    setProblem(null);
                  }}
                />
              </>
            )}
          </Stack>
        </Radio.Group>
        {apiError && (
          <Alert role="alert" color="red" title={t('review.saveFailed')}>
            {apiError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            loading={isSaving}
            onClick={() => void save()}
            aria-label={t('review.saveLabel', { label: item.label, client: clientText })}
          >
            {t('review.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
