/** Kysely row types of the change log and of synchronisation between offices (local tables). */

export interface LocalMetaTable {
  key: string;
  value: string | number | null;
}

/** The change log, stored compactly: see db/changes/op-encoding.ts. */
export interface OpsTable {
  /** op_sites.id */
  site: number;
  counter: number;
  /** wall ms × 2^20 + logical counter */
  hlc: number;
  /** op_fields.id */
  field: number;
  /** 16 bytes of a UUID, or the text of another id */
  row: Uint8Array | string;
  value: string | number | null;
  /** varint (site id, counter) pairs, NULL for none */
  deps: Uint8Array | null;
  /** op_sites.id of the user */
  author: number | null;
}

/** Local ids of site and user UUIDs in the change log (not synced). */
export interface OpSitesTable {
  id: number;
  uuid: string;
}

/** Local ids of synced (table, column) pairs in the change log (not synced). */
export interface OpFieldsTable {
  id: number;
  table_name: string;
  column_name: string;
}

export interface RowHeadsTable {
  row: Uint8Array | string;
  /** per field: varint field id, varint length, varint (site id, counter) pairs */
  heads: Uint8Array;
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

export interface OpsAwaitedTable {
  site: number;
  counter: number;
  field: number;
}

export interface ReviewItemsTable {
  id: string;
  table_name: string;
  row_id: string;
  column_name: string;
  kind: 'edit' | 'deleteEdit';
}

export interface SyncAcksTable {
  peer: string;
  origin: string;
  counter: number;
}

export interface SyncFilesTable {
  file_id: string;
  direction: 'in' | 'out';
  peer: string;
  at: string;
  operations: number;
  summary: string;
}
