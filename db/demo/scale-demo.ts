import { recordAudit } from '../clients/audit.ts';
import { toNewClientColumns } from '../clients/client-mapping.ts';
import { clientFields } from '../contract/clients.ts';
import { type Store, storeToday } from '../store.ts';
import { generateClient } from './client-generator.ts';
import { createIdSource } from './demo-ids.ts';
import { assertNoClients, ensureDemoSite } from './demo-site.ts';
import { createRandom, type Random } from './random.ts';
import { bookLanguageOf } from './release-2010-people.ts';
import { createRowSink, type SinkTotals } from './row-sink.ts';
import {
  clearScaleProgress,
  isSameRequest,
  readScaleProgress,
  type ScaleRequest,
  writeScaleProgress,
} from './scale-progress.ts';
import { PristavError } from '../errors.ts';
import { czechHolidays, officeDaysOf, termsOf } from './scale-calendar.ts';
import { type Participant, writeTermCourses } from './scale-courses.ts';
import { createDemoLibrary } from './scale-library.ts';
import { type DemoClient, type ServiceContext, writeClientYear } from './scale-services.ts';
import { refreshReportSummaries } from '../summaries/refresh-summaries.ts';

export interface ScaleOptions {
  clients: number;
  years: number;
  seed: number;
  /** Clients generated together (their courses form among them); tests take small blocks. */
  blockSize?: number;
  onProgress?: (progress: SinkTotals & { clients: number; of: number }) => void;
}

export interface ScaleResult {
  clients: number;
  years: { from: number; to: number };
  acts: number;
  rows: number;
  operations: number;
  /** Units (a block of clients' year) an interrupted earlier run had committed, 0 if none. */
  resumedAfterUnits: number;
}

/** Clients generated and planned together: their courses are formed among them. */
const defaultBlockSize = 2_000;
const townWeights: [string, number][] = [
  ['Liberec', 0.4],
  ['Jablonec nad Nisou', 0.2],
  ['Česká Lípa', 0.2],
  ['Turnov', 0.1],
  ['Stráž pod Ralskem', 0.1],
];
/** Nearly half the register takes a course each year, in the spring or the autumn term. */
const courseShare = 0.45;

function pickTown(random: Random): string {
  let point = random.next();
  for (const [town, weight] of townWeights) {
    point -= weight;
    if (point < 0) return town;
  }
  return 'Liberec';
}

/**
 * `demo --scale N --years Y`: N clients of the centre's nationality mix in its five towns, and
 * for each of the Y calendar years before the current one (by the store's clock) about six acts
 * each — counselling, internet, library loans, interpreting, and courses per town and term with
 * weekly lessons and attendance. The same seed gives the same data set, ids included. Written
 * through the change log (writeNewRows), one transaction per block of clients' year (some
 * 50 000 rows), so memory stays bounded. Each transaction also notes how far the fill got: an
 * interrupted run (a crash, kill -9) is resumed by running it again with the same request — it
 * regenerates the committed units without writing them, then writes on from where it stopped.
 */
export function fillScale(store: Store, options: ScaleOptions): ScaleResult {
  const blockSize = options.blockSize ?? defaultBlockSize;
  const asked = { clients: options.clients, years: options.years, seed: options.seed, blockSize };
  const saved = readScaleProgress(store);
  if (saved && !isSameRequest(saved, asked)) {
    throw new PristavError('DEMO_RESUME_MISMATCH', {
      clients: saved.clients,
      years: saved.years,
      seed: saved.seed,
    });
  }
  if (!saved) assertNoClients(store);
  const resumedAfterUnits = saved?.unitsDone ?? 0;
  // A resumed fill counts its years from the day it first started, so it continues the same data.
  const today = saved?.today ?? storeToday(store);
  const request: ScaleRequest = { ...asked, today };
  const lastYear = Number(today.slice(0, 4)) - 1;
  const firstYear = lastYear - options.years + 1;
  const nextId = createIdSource(options.seed, Date.UTC(firstYear - 1, 0, 1));
  const { siteId, author } = ensureDemoSite(store, { siteId: nextId(), userId: nextId() });
  const random = createRandom(options.seed);

  let clientsDone = 0;
  const sink = createRowSink(store, author, {
    // createClient() notes each new record in the local audit log; so does the demo.
    afterWrite: (w, table, rows) => {
      if (table !== 'clients') return;
      for (const row of rows) {
        recordAudit(store, { action: 'create', clientId: row.id, userId: author, siteId: w.site });
      }
    },
    onCommit: (totals) =>
      options.onProgress?.({ ...totals, clients: clientsDone, of: options.clients }),
  });
  // The books and walk-in tallies belong to the first unit: regenerated, not rewritten, on resume.
  sink.setDiscarding(resumedAfterUnits > 0);
  const library = createDemoLibrary(
    sink,
    nextId,
    { from: `${firstYear}-01-01`, to: today },
    options.clients,
  );
  const context: ServiceContext = {
    sink,
    random,
    nextId,
    library,
    worker: author,
    today,
    lateFrom: `${lastYear}-11-15`,
  };
  const years = Array.from({ length: options.years }, (_, index) => {
    const year = firstYear + index;
    const holidays = czechHolidays(year);
    return { year, holidays, officeDays: officeDaysOf(year, holidays), terms: termsOf(year) };
  });
  for (const { officeDays } of years) {
    // Walk-ins nobody registered: a few tallies a month in each town.
    for (const [town] of townWeights) {
      for (let n = 0; n < 24; n++) {
        sink.add('anonymous_tallies', nextId(), {
          date: random.pick(officeDays),
          type: n % 2 === 0 ? 'internet' : 'library',
          town,
          count: random.int(1, 5),
        });
      }
    }
  }

  let acts = 0;
  let unit = 0;
  for (let start = 0; start < options.clients; start += blockSize) {
    const block: DemoClient[] = [];
    for (let n = start; n < Math.min(options.clients, start + blockSize); n++) {
      const client = clientFields.parse({
        ...generateClient(random, firstYear - 1),
        town: pickTown(random),
      });
      const id = nextId();
      sink.add('clients', id, toNewClientColumns(client, siteId));
      block.push({ id, town: client.town, language: bookLanguageOf(client.nationality) });
    }
    for (const { year, holidays, officeDays, terms } of years) {
      const groups = new Map<string, { town: string; term: number; people: Participant[] }>();
      for (const client of block) {
        const hasCourse = random.chance(courseShare);
        if (hasCourse) {
          const term = random.chance(0.55) ? 0 : 1;
          const key = `${client.town}|${term}`;
          const group = groups.get(key) ?? { town: client.town, term, people: [] };
          group.people.push(client);
          groups.set(key, group);
        }
        acts += writeClientYear(context, client, officeDays, hasCourse);
      }
      for (const { town, term, people } of groups.values()) {
        const place = { town, term: terms[term]!, year, holidays };
        acts += writeTermCourses(sink, random, nextId, place, people);
      }
      unit += 1;
      clientsDone = Math.min(options.clients, start + blockSize);
      if (unit > resumedAfterUnits) {
        const unitsDone = unit;
        sink.commit(() => writeScaleProgress(store, { ...request, unitsDone }));
      } else if (unit === resumedAfterUnits) {
        sink.setDiscarding(false);
      }
    }
  }
  // Counted now, as part of the fill, rather than by whoever opens the first report. A crash
  // before the note is cleared only means a rerun finds every unit done and ends here again.
  refreshReportSummaries(store);
  clearScaleProgress(store);
  const totals = sink.totals();
  return {
    clients: options.clients,
    years: { from: firstYear, to: lastYear },
    acts,
    rows: totals.rows,
    operations: totals.operations,
    resumedAfterUnits,
  };
}
