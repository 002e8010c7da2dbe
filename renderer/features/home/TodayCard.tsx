import { Alert, Anchor, Card, Group, Loader, Stack, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QueryState } from '../../data/use-api-query.ts';

/** The frame every "today" card shares: heading, loading and error states, a link onwards. */
export function TodayCard<T>({
  id,
  title,
  query,
  link,
  children,
}: {
  id: string;
  title: string;
  query: QueryState<T>;
  link: { to: string; label: string };
  children: (value: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {query.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
        {query.status === 'error' && (
          <Alert role="alert" color="red">
            {query.error.message}
          </Alert>
        )}
        {query.status === 'ready' && children(query.value)}
        <Anchor component={Link} to={link.to} fw={500}>
          <Group gap={4} component="span">
            {link.label}
            <IconArrowRight size={16} aria-hidden />
          </Group>
        </Anchor>
      </Stack>
    </Card>
  );
}
