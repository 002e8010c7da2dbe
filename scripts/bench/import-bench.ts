import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../../db/api.ts';
import type { ImportStatus } from '../../db/contract/legacy-import.ts';
import { newId } from '../../db/ids.ts';
import { openStore } from '../../db/open-app.ts';
import { createSite } from '../../db/site/site-queries.ts';
import type { Store } from '../../db/store.ts';
import type { BenchResult } from './bench-format.ts';

const clientCount = 20_000;
const serviceCount = 80_000;
const families = ['Nguyen', 'Tran', 'Batbayar', 'Ševčenko', 'Kovalenko', 'Petrov', 'Le', 'Pham'];
const givens = ['Van An', 'Thi Mai', 'Oyuun', 'Olena', 'Ivan', 'Bat-Erdene', 'Minh', 'Hoa'];
const countries = ['VN', 'MN', 'UA', 'RU', 'Vietnam', 'Mongolsko', 'Ukrajina'];
const types = ['social_legal_counselling', 'internet', 'interpreting', 'other'];

interface ClientValues {
  ref: string;
  family: string;
  given: string;
  birth: string;
  nationality: string;
  consent: string;
}
interface ServiceValues {
  clientRef: string;
  date: string;
  type: string;
  minutes: string;
}

/** A deterministic register: Czech dates and `;` as an office's Excel would write them. */
function makeRegister() {
  const clients: ClientValues[] = Array.from({ length: clientCount }, (_, i) => ({
    ref: String(i + 1),
    family: `${families[i % families.length]}${i}`,
    given: givens[(i * 7) % givens.length]!,
    birth: String(1950 + (i % 50)),
    nationality: countries[i % countries.length]!,
    consent: `${1 + (i % 28)}.${1 + (i % 12)}.2009`,
  }));
  const services: ServiceValues[] = Array.from({ length: serviceCount }, (_, i) => ({
    clientRef: String(1 + ((i * 7919) % clientCount)),
    date: `${1 + (i % 28)}.${1 + ((i >> 5) % 12)}.2009`,
    type: types[i % types.length]!,
    minutes: i % 3 === 0 ? String(15 + (i % 60)) : '',
  }));
  return { clients, services };
}

function writeCsvFiles(folder: string, register: ReturnType<typeof makeRegister>) {
  mkdirSync(folder, { recursive: true });
  const clients = register.clients.map(
    (c) => `${c.ref};${c.family};${c.given};${c.birth};${c.nationality};${c.consent}`,
  );
  writeFileSync(
    join(folder, 'clients.csv'),
    ['ref;family_name;given_names;birth_date;nationality;consent_date', ...clients].join('\r\n'),
  );
  const services = register.services.map((s) => `${s.clientRef};${s.date};${s.type};${s.minutes}`);
  writeFileSync(
    join(folder, 'services.csv'),
    ['client_ref;date;type;minutes', ...services].join('\r\n'),
  );
}

async function freshStore(file: string): Promise<Store> {
  const store = await openStore({ file, mode: 'create' });
  createSite(store, { name: 'Bench', town: 'Liberec', isHq: true, adminName: 'Bench' });
  return store;
}

const isoOf = (czech: string) => {
  const [d, m, y] = czech.split('.');
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
};

/** The same rows as plain INSERTs in one transaction, as a bare table would take them. */
function rawInsert(store: Store, register: ReturnType<typeof makeRegister>): number {
  const start = performance.now();
  const insertClient = store.sqlite.prepare(
    `INSERT INTO clients (id, family_name, given_names, birth_date, nationality, consent_date)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertAct = store.sqlite.prepare(
    'INSERT INTO service_acts (id, client_id, type, date, town, minutes) VALUES (?, ?, ?, ?, ?, ?)',
  );
  store.sqlite
    .transaction(() => {
      const ids = new Map<string, string>();
      for (const c of register.clients) {
        const id = newId();
        ids.set(c.ref, id);
        insertClient.run(id, c.family, c.given, c.birth, c.nationality, isoOf(c.consent));
      }
      for (const s of register.services) {
        const minutes = s.minutes === '' ? null : Number(s.minutes);
        insertAct.run(newId(), ids.get(s.clientRef), s.type, isoOf(s.date), 'Liberec', minutes);
      }
    })
    .immediate();
  return performance.now() - start;
}

/**
 * 100 000 legacy rows (20 000 clients, 80 000 acts) from CSV files through import.start: read,
 * checked and written as one transaction with the change log, beside plain INSERTs of the same
 * rows. Peak memory is the process's resident size sampled while the import runs.
 */
export async function benchImport(dir: string): Promise<BenchResult[]> {
  const register = makeRegister();
  const folder = join(dir, 'Legacy bench');
  writeCsvFiles(folder, register);
  const rows = clientCount + serviceCount;

  const ours = await freshStore(join(dir, 'import-ours.sqlite'));
  const api = createApi(ours);
  const files = ['clients.csv', 'services.csv'].map((name) => ({
    name,
    base64: readFileSync(join(folder, name)).toString('base64'),
  }));
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const started = await api.invoke(
    'import.start',
    { source: 'Legacy bench', files, dryRun: false },
    'en',
  );
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.value as { jobId: string };
  let status: ImportStatus;
  for (;;) {
    const result = await api.invoke('import.status', { jobId }, 'en');
    if (!result.ok) throw new Error(result.error.message);
    status = result.value as ImportStatus;
    if (status.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const elapsed = performance.now() - start;
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  if (status.state !== 'done') throw new Error(`import ${status.state}: ${status.message}`);
  ours.sqlite.close();

  const raw = await freshStore(join(dir, 'import-raw.sqlite'));
  const baseline = rawInsert(raw, register);
  raw.sqlite.close();

  const mb = (bytes: number) => bytes / 1024 / 1024;
  return [
    {
      name: 'legacy import: 100 000 CSV rows (20 000 clients + 80 000 acts)',
      unit: 'ms',
      figure: elapsed,
      baseline,
    },
    { name: '… rows per second', unit: 'rows/s', figure: rows / (elapsed / 1000) },
    { name: '… peak memory (RSS) during the import', unit: 'MB', figure: mb(rssPeak) },
    { name: '… of which added by the import', unit: 'MB', figure: mb(rssPeak - rssBefore) },
  ];
}
