import { createContext, useContext } from 'react';
import type { AppInfo, Site } from '../../../db/contract/index.ts';

/** The app.info answer for a set-up site, read once at startup and shared by the shell. */
export const AppInfoContext = createContext<(AppInfo & { site: Site }) | null>(null);

export function useAppInfo(): AppInfo & { site: Site } {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo() used outside AppInfoContext');
  return info;
}
