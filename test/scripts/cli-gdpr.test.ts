import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubjectAccessData } from '../../db/contract/gdpr.ts';
import { cli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

/** `client export` and `client anonymise` (INTERFACES.md, "People, backups and erasure"). */
describe('the GDPR client commands', () => {
  const temp = makeTempDir();
  const db = join(temp.dir, 'gdpr.sqlite');
  const ids: Record<string, string> = {};
  const run = (...args: string[]) => cli('--db', db, ...args);
  const create = async (key: string, fields: Record<string, unknown>) => {
    const result = await run('call', 'clients.create', JSON.stringify(fields));
    expect(result.code, result.stderr).toBe(0);
    ids[key] = (JSON.parse(result.stdout) as { id: string }).id;
  };

  beforeAll(async () => {
    await run('init', '--site', 'Centrum Liberec', '--town', 'Liberec', '--hq');
    await create('hoa', {
      familyName: 'Trần',
      givenNames: 'Thị Hoa',
      nationality: 'VN',
      preferredLanguage: 'vi',
      consentDate: '2024-01-10',
      firstContact: '2024-01-10',
    });
    await create('old', {
      familyName: 'Ševčenko',
      givenNames: 'Taras',
      birthDate: '1975-06-01',
      nationality: 'UA',
      consentDate: '2015-03-01',
      firstContact: '2015-03-01',
    });
    for (const [client, date] of [
      [ids.hoa!, '2024-02-01'],
      [ids.old!, '2016-04-04'],
    ] as const) {
      const added = await run(
        'service',
        'add',
        '--client',
        client,
        '--type',
        'social_legal_counselling',
        '--date',
        date,
        '--note',
        'Poradenství k pobytu.',
      );
      expect(added.code, added.stderr).toBe(0);
    }
  });
  afterAll(() => temp.cleanup());

  it('writes everything held about a person as JSON and as a PDF in their language', async () => {
    const json = join(temp.dir, 'hoa.json');
    const exported = await run('client', 'export', ids.hoa!, '--format', 'json', '--out', json);
    expect(exported).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const data = JSON.parse(readFileSync(json, 'utf8')) as SubjectAccessData;
    expect(data.client.familyName).toBe('Trần');
    expect(data.acts.map((act) => act.note)).toEqual(['Poradenství k pobytu.']);

    const pdf = join(temp.dir, 'hoa.pdf');
    expect((await run('client', 'export', ids.hoa!, '--format', 'pdf', '--out', pdf)).code).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8');
    expect(text).toContain('Bản trích lục dữ liệu cá nhân');
    expect(text).toContain('Trần Thị Hoa');

    const ukrainian = join(temp.dir, 'hoa-uk.pdf');
    const asked = await run(
      'client',
      'export',
      ids.hoa!,
      '--format',
      'pdf',
      '--lang',
      'uk',
      '--out',
      ukrainian,
    );
    expect(asked.code).toBe(0);
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', ukrainian, '-']).toString()).toContain(
      'Виписка персональних даних',
    );
  });

  it('refuses wrong usage with exit 2 and an unknown client with a Czech line', async () => {
    const noOut = await run('client', 'export', ids.hoa!, '--format', 'pdf');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out SOUBOR');
    expect((await run('client', 'export', ids.hoa!, '--format', 'docx')).code).toBe(2);
    expect((await run('client', 'export', ids.hoa!, '--format', 'json', '--lang', 'de')).code).toBe(
      2,
    );
    expect((await run('client', 'export', '--format', 'json')).code).toBe(2);
    const unknown = await run('client', 'export', 'nikdo', '--format', 'json');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/nikdo/);
    expect((await run('client', 'anonymise')).code).toBe(2);
    expect((await run('client', 'anonymise', '--inactive-years', 'pět')).code).toBe(2);
  });

  it('refuses `service add` for a client who withdrew consent, saying so', async () => {
    const withdrawn = await run(
      'call',
      'clients.update',
      JSON.stringify({ id: ids.hoa, changes: { consentWithdrawn: '2024-03-01' } }),
    );
    expect(withdrawn.code, withdrawn.stderr).toBe(0);
    const refused = await run('service', 'add', '--client', ids.hoa!, '--type', 'internet');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Souhlas se zpracováním osobních údajů (Trần Thị Hoa) byl odvolán 1. 3. 2024',
    );
  });

  it('lists with --dry-run, then anonymises, the clients with no act for N years', async () => {
    const before = (await run('dump')).stdout;
    const dry = await run('client', 'anonymise', '--inactive-years', '5', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      years: 5,
      isDryRun: true,
      clients: [
        {
          id: ids.old,
          displayName: 'Ševčenko Taras',
          nationality: 'UA',
          birthYear: 1975,
          lastActivity: '2016-04-04',
        },
      ],
    });
    expect((await run('dump')).stdout).toBe(before);

    const done = await run('client', 'anonymise', '--inactive-years', '5');
    expect(done.code, done.stderr).toBe(0);
    const result = JSON.parse(done.stdout) as { isDryRun: boolean; clients: object[] };
    expect(result.isDryRun).toBe(false);
    expect(result.clients).toEqual([
      { id: ids.old, nationality: 'UA', birthYear: 1975, lastActivity: '2016-04-04' },
    ]);
    expect((await run('dump')).stdout).not.toContain('Ševčenko');
    const again = await run('client', 'anonymise', '--inactive-years', '5');
    expect(JSON.parse(again.stdout)).toMatchObject({ clients: [] });
  });
});
