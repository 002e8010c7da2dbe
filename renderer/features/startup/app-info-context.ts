import { createContext, useContext } from 'react';
import type { AppInfo, Site } from '../../../db/contract/index.ts';

/**
 * The app.info answer for a set-up site, read at startup and shared by the shell; read again
 * (reload) after something it shows changed, such as the site's name.
 */
export type AppInfoValue = AppInfo & { site: Site; reload?: () => void };
export const AppInfoContext = createContext<AppInfoValue | null>(null);

export function useAppInfo(): AppInfoValue {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo() used outside AppInfoContext');
  return info;
}
