import {
  IconArrowsExchange,
  IconBook,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconDesk,
  IconHeartHandshake,
  IconHome,
  IconScale,
  IconSchool,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { MethodName } from '../../../db/contract/index.ts';

export type AreaKey =
  | 'home'
  | 'reception'
  | 'clients'
  | 'services'
  | 'courses'
  | 'library'
  | 'partners'
  | 'events'
  | 'reports'
  | 'sync'
  | 'review'
  | 'settings';

export interface NavItem {
  key: AreaKey;
  path: string;
  icon: Icon;
  /** The method the area's page cannot do without: a role that may not call it does not see the area. */
  method: MethodName;
  /** A key combination that opens the area from anywhere (see AppLayout). */
  shortcut?: string;
}

/** The app's areas in menu order; the navbar and the home screen's cards both read this list. */
export const navItems: readonly NavItem[] = [
  { key: 'home', path: '/', icon: IconHome, method: 'acts.day' },
  { key: 'reception', path: '/reception', icon: IconDesk, method: 'acts.day', shortcut: 'Alt+R' },
  { key: 'clients', path: '/clients', icon: IconUsers, method: 'clients.list' },
  { key: 'services', path: '/services', icon: IconHeartHandshake, method: 'acts.day' },
  { key: 'courses', path: '/courses', icon: IconSchool, method: 'courses.list' },
  { key: 'library', path: '/library', icon: IconBook, method: 'books.search' },
  { key: 'partners', path: '/partners', icon: IconBuildingCommunity, method: 'partners.list' },
  { key: 'events', path: '/events', icon: IconCalendarEvent, method: 'events.list' },
  { key: 'reports', path: '/reports', icon: IconChartBar, method: 'reports.period' },
  { key: 'sync', path: '/sync', icon: IconArrowsExchange, method: 'sync.status' },
  { key: 'review', path: '/review', icon: IconScale, method: 'sync.conflicts' },
  // Nastavení holds parts for an administrator and for a coordinator (the import, the retention
  // list); each part hides itself from a role that cannot use it (SettingsPage).
  { key: 'settings', path: '/settings', icon: IconSettings, method: 'clients.inactive' },
];
