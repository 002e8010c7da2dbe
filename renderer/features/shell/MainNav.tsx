import { Badge, Group, Kbd, NavLink } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useReviewCount } from '../review/review-count.ts';
import { useCan } from '../session/use-permissions.ts';
import { navItems, type NavItem } from './nav-items.ts';

function isActivePath(current: string, path: string): boolean {
  return path === '/' ? current === '/' : current === path || current.startsWith(`${path}/`);
}

/**
 * The main menu's links (the navbar around them is the labelled nav landmark): plain links, so
 * Tab reaches them and Enter opens them.
 */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const can = useCan();
  // The badge asks sync.status, which not every role that reviews may call.
  const reviewCount = useReviewCount(can('sync.status'));
  const rightSection = (item: NavItem): ReactNode => {
    const count = item.key === 'review' ? reviewCount : 0;
    if (!item.shortcut && count === 0) return null;
    return (
      <Group gap={4} wrap="nowrap">
        {count > 0 && (
          // Read as part of the link's name: "K posouzení 3".
          <Badge size="sm" color="orange" variant="filled" title={t('nav.reviewCount', { count })}>
            {count}
          </Badge>
        )}
        {item.shortcut && (
          // Announced once, through aria-keyshortcuts, not as part of the link's name.
          <Kbd size="xs" aria-hidden>
            {item.shortcut}
          </Kbd>
        )}
      </Group>
    );
  };
  return (
    <>
      {navItems
        .filter((item) => can(item.method))
        .map((item) => {
          const isActive = isActivePath(pathname, item.path);
          return (
            <NavLink
              key={item.key}
              component={Link}
              to={item.path}
              label={t(`nav.${item.key}`)}
              leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
              rightSection={rightSection(item)}
              aria-keyshortcuts={item.shortcut}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
              onClick={onNavigate}
            />
          );
        })}
    </>
  );
}
