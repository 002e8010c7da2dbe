import { Button, Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A card in the settings that leads to a page of its own: a title, a line, one link. */
export function EntryCard({
  id,
  title,
  text,
  to,
  icon,
  linkLabel,
}: {
  id: string;
  title: string;
  text: string;
  to: string;
  icon: ReactNode;
  linkLabel: string;
}) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Text size="sm">{text}</Text>
        <Button component={Link} to={to} variant="default" leftSection={icon}>
          {linkLabel}
        </Button>
      </Stack>
    </Card>
  );
}
