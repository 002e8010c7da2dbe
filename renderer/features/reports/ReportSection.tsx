import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One titled part of the report (a table, a chart or both) on a card of its own. */
export function ReportSection(props: { title: string; note?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={headingId}
      className="report-section"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {props.title}
          </Title>
          {props.note && (
            <Text size="sm" c="dimmed">
              {props.note}
            </Text>
          )}
        </div>
        {props.children}
      </Stack>
    </Paper>
  );
}
