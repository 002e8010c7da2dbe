import type { Migration } from 'kysely';
import * as sitesUsersSettings from './2026_11_24_0500_sites_users_settings.ts';
import * as changeLog from './2026_11_24_0510_change_log.ts';
import * as clients from './2026_11_24_0600_clients.ts';
import * as services from './2026_11_24_0700_services.ts';
import * as courses from './2026_11_24_0800_courses.ts';
import * as library from './2026_11_24_0900_library.ts';
import * as reportSubmissions from './2026_11_24_1100_report_submissions.ts';
import * as legacyRefs from './2026_11_24_1110_legacy_refs.ts';
import * as reportIndexes from './2026_11_24_1200_report_indexes.ts';
import * as reportSummaries from './2026_11_24_1300_report_summaries.ts';
import * as compactChangeLog from './2026_12_02_1000_compact_change_log.ts';
import * as syncBetweenOffices from './2026_12_02_1100_sync_between_offices.ts';
import * as signIn from './2026_12_03_0100_sign_in.ts';
import * as gdprRetention from './2026_12_03_1200_gdpr_retention.ts';
import * as erasure from './2026_12_03_1300_erasure.ts';
import * as accessLog from './2026_12_03_1400_access_log.ts';
import * as partnersEvents from './2026_12_04_0100_partners_events.ts';
import * as searchRomanisations from './2026_12_04_1000_search_romanisations.ts';
import * as courseServiceType from './2026_12_05_0100_course_service_type.ts';
import * as clientLocalNumbers from './2026_12_05_0200_client_local_numbers.ts';

/**
 * Every migration, in order, registered statically so bundlers see them. Files are frozen once
 * released: a change to the schema is a new file here.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_24_0500_sites_users_settings': sitesUsersSettings,
  '2026_11_24_0510_change_log': changeLog,
  '2026_11_24_0600_clients': clients,
  '2026_11_24_0700_services': services,
  '2026_11_24_0800_courses': courses,
  '2026_11_24_0900_library': library,
  '2026_11_24_1100_report_submissions': reportSubmissions,
  '2026_11_24_1110_legacy_refs': legacyRefs,
  '2026_11_24_1200_report_indexes': reportIndexes,
  '2026_11_24_1300_report_summaries': reportSummaries,
  '2026_12_02_1000_compact_change_log': compactChangeLog,
  '2026_12_02_1100_sync_between_offices': syncBetweenOffices,
  '2026_12_03_0100_sign_in': signIn,
  '2026_12_03_1200_gdpr_retention': gdprRetention,
  '2026_12_03_1300_erasure': erasure,
  '2026_12_03_1400_access_log': accessLog,
  '2026_12_04_0100_partners_events': partnersEvents,
  '2026_12_04_1000_search_romanisations': searchRomanisations,
  '2026_12_05_0100_course_service_type': courseServiceType,
  '2026_12_05_0200_client_local_numbers': clientLocalNumbers,
};

/** The schema version is the number of migrations applied. */
export const knownSchemaVersion = Object.keys(migrations).length;
