import { Box, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A register's heading: its title, one line on what it holds, and the button that adds to it
 * (kept whole at the right edge, the text wrapping beside it).
 */
export function PageHeader({
  title,
  intro,
  action,
}: {
  title: string;
  intro: string;
  action?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <div>
        <Title order={1}>{title}</Title>
        <Text c="dimmed">{intro}</Text>
      </div>
      {action && <Box style={{ flexShrink: 0 }}>{action}</Box>}
    </Group>
  );
}
