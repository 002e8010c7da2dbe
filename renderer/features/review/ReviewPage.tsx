import { Alert, Button, EmptyState, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../data/use-api-query.ts';
import { notifyReviewChanged } from './review-count.ts';
import { ReviewItemCard } from './ReviewItemCard.tsx';

/** "K posouzení": every field that two sites changed at once, until a person decides. */
export function ReviewPage() {
  const { t } = useTranslation();
  const conflicts = useApiQuery('sync.conflicts', {});
  const [resolved, setResolved] = useState<ReadonlySet<string>>(new Set());
  // After a choice is saved the focus moves on to the next item (or the heading), not to the body.
  const focusIndex = useRef<number | null>(null);
  const headings = useRef<(HTMLHeadingElement | null)[]>([]);
  const title = useRef<HTMLHeadingElement>(null);
  const items =
    conflicts.status === 'ready' ? conflicts.value.filter((item) => !resolved.has(item.id)) : [];

  useEffect(() => {
    if (focusIndex.current === null) return;
    const next = headings.current[Math.min(focusIndex.current, items.length - 1)];
    (next ?? title.current)?.focus();
    focusIndex.current = null;
  }, [resolved, items.length]);

  const onResolved = (id: string, index: number) => {
    setResolved((previous) => new Set([...previous, id]));
    focusIndex.current = index;
    notifyReviewChanged();
  };

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap="xs">
        <Title order={1} ref={title} tabIndex={-1}>
          {t('nav.review')}
        </Title>
        <Text>{t('review.intro')}</Text>
      </Stack>
      {conflicts.status === 'loading' && <Loader aria-label={t('app.loading')} />}
      {conflicts.status === 'error' && (
        <Alert
          role="alert"
          color="red"
          title={t('review.loadFailed')}
          icon={<IconAlertTriangle aria-hidden />}
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{conflicts.error.message}</Text>
            <Button variant="default" size="xs" onClick={conflicts.reload}>
              {t('app.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {conflicts.status === 'ready' && items.length === 0 && (
        <EmptyState
          variant="light"
          size="lg"
          icon={<IconCircleCheck size={40} stroke={1.5} aria-hidden />}
        >
          <EmptyState.Title order={2}>{t('review.empty')}</EmptyState.Title>
          <EmptyState.Description>{t('review.emptyText')}</EmptyState.Description>
        </EmptyState>
      )}
      {items.length > 0 && (
        <Stack gap="md" component="section" aria-label={t('review.itemsLabel')}>
          {items.map((item, index) => (
            <ReviewItemCard
              key={item.id}
              item={item}
              headingRef={(element) => {
                headings.current[index] = element;
              }}
              onResolved={(id) => onResolved(id, index)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
