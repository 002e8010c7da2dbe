import type Sqlite from 'better-sqlite3-multiple-ciphers';
import type { PeriodReport } from '../../db/contract/reports.ts';
import { baselineFunderFigures, otherCountries } from './report-baseline-funder.ts';

/**
 * The period report's figures in hand-written SQL on the raw handle — the yardstick for
 * buildPeriodReport. Same counting rules (FIGURES.md; merged records count for the survivor at
 * the end of their chain, SYNC.md), none of the app's sharing: the acts read straight from the
 * three tables (only the columns counted), grouped by client, type, town and course kind, each
 * group's person as the client's integer rowid; then one SQL aggregate per figure.
 */
const collectMerged = `CREATE TEMP TABLE bench_merged (id TEXT PRIMARY KEY, survivor TEXT) WITHOUT ROWID;
  INSERT INTO bench_merged
  WITH RECURSIVE chain(id, survivor) AS (
    SELECT id, id FROM clients WHERE merged_into IS NULL
      AND id IN (SELECT merged_into FROM clients WHERE merged_into IS NOT NULL)
    UNION ALL
    SELECT c.id, chain.survivor FROM clients c JOIN chain ON c.merged_into = chain.id
  )
  SELECT c.id, chain.survivor FROM clients c LEFT JOIN chain ON chain.id = c.id
  WHERE c.merged_into IS NOT NULL`;

const collectGroups = `CREATE TEMP TABLE bench_groups AS
  SELECT p.rowid AS person, p.nationality, g.type, g.town, g.kind, g.acts,
    p.nationality IN (${otherCountries}) AS is_other FROM (
    SELECT client_id, type, town, kind, count(*) AS acts FROM (
      SELECT client_id, type, town, NULL AS kind FROM service_acts
      WHERE date BETWEEN @from AND @to AND deleted = 0 AND (@town IS NULL OR town = @town)
      UNION ALL
      SELECT client_id, 'library', town, NULL FROM loans
      WHERE loaned_on BETWEEN @from AND @to AND deleted = 0 AND (@town IS NULL OR town = @town)
      UNION ALL
      SELECT t.client_id,
        CASE c.kind WHEN 'sociocultural' THEN 'sociocultural_course' WHEN 'pc' THEN 'pc_course'
          ELSE 'czech_course' END, c.town, c.kind
      FROM lessons l
      JOIN courses c ON c.id = l.course_id
      JOIN attendance t ON t.lesson_id = l.id
      WHERE l.date BETWEEN @from AND @to AND l.deleted = 0 AND l.is_cancelled = 0
        AND c.deleted = 0 AND (@town IS NULL OR c.town = @town)
        AND t.deleted = 0 AND t.is_present = 1
    ) GROUP BY client_id, type, town, kind) g
  LEFT JOIN bench_merged m ON m.id = g.client_id
  JOIN clients p ON p.id = iif(m.id IS NULL, g.client_id, m.survivor) AND p.deleted = 0`;

const runningCourses = `SELECT c.kind, c.town FROM courses c
  WHERE c.deleted = 0 AND (@town IS NULL OR c.town = @town) AND EXISTS (
    SELECT 1 FROM lessons l WHERE l.course_id = c.id AND l.deleted = 0 AND l.is_cancelled = 0
      AND l.date BETWEEN @from AND @to)`;

const byCountThenName = <T>(rows: T[], count: (row: T) => number, name: (row: T) => string) =>
  rows.sort((a, b) => count(b) - count(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));

export function buildBaselineReport(
  db: Sqlite.Database,
  input: { from: string; to: string; town?: string },
): PeriodReport {
  const params = { from: input.from, to: input.to, town: input.town ?? null };
  return db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS temp.bench_groups; DROP TABLE IF EXISTS temp.bench_merged');
    db.exec(collectMerged);
    db.prepare(collectGroups).run(params);
    // Acts of EU/EEA/Swiss and Czech citizens count only in otherClients.
    const funder = baselineFunderFigures(db, params);
    db.exec('DELETE FROM temp.bench_groups WHERE is_other');
    const all = <T>(sql: string, values: object = {}) => db.prepare(sql).all(values) as T[];
    const totals = all<{ clients: number; countries: number; acts: number }>(
      `SELECT count(DISTINCT person) AS clients, count(DISTINCT nationality) AS countries,
         coalesce(sum(acts), 0) AS acts FROM bench_groups`,
    )[0]!;
    const byNationality = all<{ country: string; clients: number }>(
      `SELECT nationality AS country, count(DISTINCT person) AS clients FROM bench_groups
       GROUP BY nationality ORDER BY clients DESC, country`,
    );
    const byServiceType = all<{ type: string; clients: number; acts: number }>(
      `SELECT type, count(DISTINCT person) AS clients, sum(acts) AS acts FROM bench_groups
       GROUP BY type ORDER BY clients DESC, type`,
    );
    const participants = all<{ kind: string; town: string; participants: number }>(
      `SELECT kind, NULL AS town, count(DISTINCT person) AS participants FROM bench_groups
       WHERE kind IS NOT NULL GROUP BY kind
       UNION ALL
       SELECT NULL, town, count(DISTINCT person) FROM bench_groups
       WHERE kind IS NOT NULL GROUP BY town`,
    );
    const running = all<{ kind: string; town: string }>(runningCourses, params);
    const courses = new Map<string, number>();
    const townCourses = new Map<string, number>();
    for (const { kind, town } of running) {
      courses.set(kind, (courses.get(kind) ?? 0) + 1);
      townCourses.set(town, (townCourses.get(town) ?? 0) + 1);
    }
    const participantsOf = (key: 'kind' | 'town', value: string) =>
      participants.find((row) => row[key] === value)?.participants ?? 0;
    const towns = all<{ town: string; clients: number; acts: number }>(
      `SELECT town, count(DISTINCT person) AS clients, sum(acts) AS acts FROM bench_groups
       GROUP BY town`,
    );
    for (const town of townCourses.keys()) {
      if (!towns.some((row) => row.town === town)) towns.push({ town, clients: 0, acts: 0 });
    }
    db.exec('DROP TABLE temp.bench_groups; DROP TABLE temp.bench_merged');
    return {
      ...funder,
      period: { from: input.from, to: input.to },
      town: params.town,
      ...totals,
      actsPerClient:
        totals.clients === 0 ? 0 : Math.round((totals.acts / totals.clients) * 100) / 100,
      byNationality,
      byServiceType,
      courses: byCountThenName(
        [...courses].map(([kind, count]) => ({
          kind,
          courses: count,
          participants: participantsOf('kind', kind),
        })),
        (row) => row.courses,
        (row) => row.kind,
      ),
      byTown: byCountThenName(
        towns.map((row) => ({
          ...row,
          courses: townCourses.get(row.town) ?? 0,
          participants: participantsOf('town', row.town),
        })),
        (row) => row.clients,
        (row) => row.town,
      ),
      anonymous: all<{ type: string; acts: number }>(
        `SELECT type, sum(count) AS acts FROM anonymous_tallies
         WHERE deleted = 0 AND date BETWEEN @from AND @to AND (@town IS NULL OR town = @town)
         GROUP BY type ORDER BY acts DESC, type`,
        params,
      ),
    };
  })();
}
