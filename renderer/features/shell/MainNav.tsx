import { Kbd, NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { navItems } from './nav-items.ts';

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
  return (
    <>
      {navItems.map((item) => {
        const isActive = isActivePath(pathname, item.path);
        return (
          <NavLink
            key={item.key}
            component={Link}
            to={item.path}
            label={t(`nav.${item.key}`)}
            leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
            rightSection={
              item.shortcut && (
                // Announced once, through aria-keyshortcuts, not as part of the link's name.
                <Kbd size="xs" aria-hidden>
                  {item.shortcut}
                </Kbd>
              )
            }
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
