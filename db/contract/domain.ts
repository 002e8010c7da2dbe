/** Domain types the API returns; row types stay inside db/. */

export interface Site {
  id: string;
  name: string;
  town: string;
  isHq: boolean;
}

export interface User {
  id: string;
  name: string;
  role: 'admin' | 'coordinator' | 'worker' | 'lecturer' | 'reception';
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  site: Site | null;
  user: User | null;
  counts: { ops: number; sites: number; users: number };
}

export interface Settings {
  organisationName: string;
  fundingLine: string;
  defaultLanguage: 'cs' | 'en';
}
