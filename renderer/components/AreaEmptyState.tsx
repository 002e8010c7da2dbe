import { Badge, EmptyState, Stack, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type PlannedArea = 'courses' | 'library' | 'reports' | 'sync';

/** The page of an area not built yet: what will live here and for whom, instead of a blank page. */
export function AreaEmptyState({ area, icon: AreaIcon }: { area: PlannedArea; icon: Icon }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Title order={1}>{t(`nav.${area}`)}</Title>
      <EmptyState
        variant="light"
        size="lg"
        maw={640}
        mx="auto"
        mt="xl"
        icon={<AreaIcon size={40} stroke={1.5} aria-hidden />}
      >
        <Badge variant="outline" color="gray">
          {t('areas.comingSoon')}
        </Badge>
        <EmptyState.Title order={2}>{t(`areas.${area}.emptyTitle`)}</EmptyState.Title>
        <EmptyState.Description>{t(`areas.${area}.emptyText`)}</EmptyState.Description>
      </EmptyState>
    </Stack>
  );
}
