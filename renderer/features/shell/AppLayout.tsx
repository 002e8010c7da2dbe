import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useNewClientShortcut } from '../clients/use-new-client-shortcut.ts';
import { useReceptionShortcut } from '../reception/use-reception-shortcut.ts';
import { RouteGuard } from '../session/RouteGuard.tsx';
import { UserMenu } from '../session/UserMenu.tsx';
import { useAppInfo } from '../startup/app-info-context.ts';
import { DatabaseHealthBanner } from './DatabaseHealthBanner.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MainNav } from './MainNav.tsx';

/** The frame around every page: header with the site and language, the menu, the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { site } = useAppInfo();
  const [isMenuOpen, menu] = useDisclosure(false);
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  useNewClientShortcut();
  useReceptionShortcut();

  // After a menu choice, keyboard and screen-reader users land on the new page, not in the menu;
  // a page that has put the focus somewhere itself (the client search box) keeps it there.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    if (mainRef.current?.contains(document.activeElement)) return;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isMenuOpen } }}
      padding="lg"
    >
      <a className="skip-link" href="#main" onClick={(event) => skipToMain(event, mainRef.current)}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isMenuOpen}
              onClick={menu.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.label')}
              aria-expanded={isMenuOpen}
            />
            <Text fw={700} size="lg" c="blue.8">
              {t('app.name')}
            </Text>
            <Text c="dimmed" visibleFrom="xs" truncate>
              {site.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <MainNav onNavigate={menu.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={mainRef} tabIndex={-1} className="main-region">
        <DatabaseHealthBanner />
        <RouteGuard>
          <Outlet />
        </RouteGuard>
      </AppShell.Main>
    </AppShell>
  );
}

// A hash router owns the URL fragment, so the skip link moves focus itself instead of navigating.
function skipToMain(event: MouseEvent, main: HTMLElement | null): void {
  event.preventDefault();
  main?.focus();
}
