import {
  IconArrowsExchange,
  IconBook,
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

export type AreaKey =
  | 'home'
  | 'reception'
  | 'clients'
  | 'services'
  | 'courses'
  | 'library'
  | 'reports'
  | 'sync'
  | 'review'
  | 'settings';

export interface NavItem {
  key: AreaKey;
  path: string;
  icon: Icon;
  /** A key combination that opens the area from anywhere (see AppLayout). */
  shortcut?: string;
}

/** The app's areas in menu order; the navbar and the home screen's cards both read this list. */
export const navItems: readonly NavItem[] = [
  { key: 'home', path: '/', icon: IconHome },
  { key: 'reception', path: '/reception', icon: IconDesk, shortcut: 'Alt+R' },
  { key: 'clients', path: '/clients', icon: IconUsers },
  { key: 'services', path: '/services', icon: IconHeartHandshake },
  { key: 'courses', path: '/courses', icon: IconSchool },
  { key: 'library', path: '/library', icon: IconBook },
  { key: 'reports', path: '/reports', icon: IconChartBar },
  { key: 'sync', path: '/sync', icon: IconArrowsExchange },
  { key: 'review', path: '/review', icon: IconScale },
  { key: 'settings', path: '/settings', icon: IconSettings },
];
