/** Kysely row types of the site, its people and the client register. */

export interface SitesTable {
  id: string;
  name: string;
  town: string;
  is_hq: number;
  /** Ed25519 and X25519 public keys, raw, base64url ('' before the site is enrolled). */
  signing_key: string;
  agreement_key: string;
  is_revoked: number;
  enrolled_on: string | null;
  deleted: number;
}

export interface UsersTable {
  id: string;
  name: string;
  role: string;
  site_id: string | null;
  password_hash: string;
  is_disabled: number;
  deleted: number;
}

/** Local, append-only: report drill-downs and exports opened (db/security/audit/). */
export interface AccessLogTable {
  id: number | null;
  at: string;
  user_id: string | null;
  site_id: string | null;
  action: 'drilldown' | 'report_export';
  detail: string;
}

/** Synced, HQ only: one row per erased person (db/changes/erase.ts). */
export interface ErasuresTable {
  id: string;
  reason: string;
  erased_on: string | null;
  deleted: number;
}

/** Local: failed sign-ins in a row per folded user name (db/security/sign-in-attempts.ts). */
export interface SignInFailuresTable {
  name_key: string;
  failures: number;
  last_at: number;
}

export interface SettingsTable {
  id: string;
  value: string | number | null;
  deleted: number;
}

export interface ClientsTable {
  /** This database's own number for the client (the rowid alias the search index stores); never synced. */
  local_number: number;
  id: string;
  is_pseudonymous: number;
  family_name: string;
  given_names: string;
  nickname: string;
  other_spellings: string;
  birth_date: string | null;
  sex: string | null;
  nationality: string;
  residence_status: string | null;
  residence_valid_until: string | null;
  town: string;
  phone: string;
  email: string;
  /** JSON array of ISO 639-1 codes. */
  languages: string;
  preferred_language: string;
  first_contact: string | null;
  registering_site_id: string | null;
  consent_date: string | null;
  consent_version: string;
  consent_withdrawn: string | null;
  is_consent_pending: number;
  note: string;
  merged_into: string | null;
  /** The day the retention rule anonymised the record (db/security/gdpr/). */
  anonymised_on: string | null;
  deleted: number;
}

export interface ClientKeysTable {
  client_rowid: number;
  sort_key: string;
  dup_key: string;
  family_key: string;
  phone_key: string;
}

/**
 * The contentless FTS5 index of clients (rowid = clients.rowid): folded names, their phonetic
 * keys, birth date and phone as text. Its hidden columns (rowid, client_search, rank) are not
 * listed; queries that MATCH use sql``.
 */
export interface ClientSearchTable {
  names: string;
  phonetic: string;
  extra: string;
}

export interface AuditLogTable {
  id: number | null;
  at: string;
  user_id: string | null;
  site_id: string | null;
  action: 'create' | 'update' | 'merge' | 'unmerge' | 'open' | 'export' | 'anonymise';
  client_id: string;
}

/** id = JSON [source, kind, ref] of a legacy register record; row_id = the row it became. */
export interface LegacyRefsTable {
  id: string;
  row_id: string;
  deleted: number;
}
