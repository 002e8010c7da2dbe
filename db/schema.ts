/**
 * The Kysely view of the database after every migration; row types stay inside db/ (contract
 * types are mapped by toX()). The tables are declared in db/schema/; db/schema/schema-columns.ts
 * lists their columns at run time, and test/db/schema-agreement.test.ts checks both against the
 * real schema, so a renamed column fails the typecheck or that test.
 */
export type * from './schema/activity-tables.ts';
export type * from './schema/change-log-tables.ts';
export type * from './schema/database.ts';
export type * from './schema/register-tables.ts';
export type * from './schema/report-tables.ts';
