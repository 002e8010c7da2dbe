/** Kysely row types of the database; they stay inside db/ (contract types are mapped by toX()). */

export interface LocalMetaTable {
  key: string;
  value: string | number | null;
}

export interface SitesTable {
  id: string;
  name: string;
  town: string;
  is_hq: number;
  deleted: number;
}

export interface UsersTable {
  id: string;
  name: string;
  role: string;
  site_id: string | null;
  deleted: number;
}

export interface SettingsTable {
  id: string;
  value: string | number | null;
  deleted: number;
}

export interface OpsTable {
  site: string;
  counter: number;
  hlc: string;
  table_name: string;
  row_id: string;
  column_name: string;
  value: string | number | null;
  deps: string;
  author: string | null;
}

export interface RowHeadsTable {
  table_name: string;
  row_id: string;
  /** JSON: { [column]: [site, counter][] } */
  heads: string;
}

export interface VersionVectorTable {
  site: string;
  counter: number;
}

export interface HlcStateTable {
  id: number;
  wall: number;
  counter: number;
}

export interface Database {
  local_meta: LocalMetaTable;
  sites: SitesTable;
  users: UsersTable;
  settings: SettingsTable;
  ops: OpsTable;
  row_heads: RowHeadsTable;
  version_vector: VersionVectorTable;
  hlc_state: HlcStateTable;
}
