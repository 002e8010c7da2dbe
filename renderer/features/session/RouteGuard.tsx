import { Button, EmptyState, Stack } from '@mantine/core';
import { IconLockAccess } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { roleLabels } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { navItems } from '../shell/nav-items.ts';
import { requiredMethod } from './route-permissions.ts';
import { useCan, useRole } from './use-permissions.ts';

/**
 * A page the role cannot use is not shown (a link typed or kept from another user's session):
 * the home page gives way to the role's first area, any other page says why it is missing.
 */
export function RouteGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const { pathname } = useLocation();
  const can = useCan();
  const role = useRole();
  const method = requiredMethod(pathname);
  if (method === null || can(method)) return children;
  const firstArea = navItems.find((item) => can(item.method));
  if (pathname === '/' && firstArea) return <Navigate to={firstArea.path} replace />;
  return (
    <Stack align="center" mt="xl">
      <EmptyState
        variant="light"
        size="lg"
        maw={640}
        icon={<IconLockAccess size={40} stroke={1.5} aria-hidden />}
      >
        <EmptyState.Title order={1}>{t('session.notAllowed.title')}</EmptyState.Title>
        <EmptyState.Description>
          {t('session.notAllowed.text', { role: role ? roleLabels[role][language] : '' })}
        </EmptyState.Description>
        {firstArea && (
          <Button component={Link} to={firstArea.path} variant="default" mt="md">
            {t('session.notAllowed.back', { area: t(`nav.${firstArea.key}`) })}
          </Button>
        )}
      </EmptyState>
    </Stack>
  );
}
