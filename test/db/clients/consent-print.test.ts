import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import type { ConsentForm } from '../../../db/contract/clients.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

/**
 * Issue 13.11 through the API: the consent form also in Mongolian, and a client's form is
 * printed in the version recorded on the client (the current wording when theirs is not held).
 */
let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;

const { ok } = apiCalls(() => api);

const pdfText = (form: ConsentForm) => {
  const file = join(temp.dir, form.fileName);
  writeFileSync(file, Buffer.from(form.base64, 'base64'));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
};

beforeAll(async () => {
  temp = await openTempStore();
  api = createApi(temp.store);
});
afterAll(() => temp.close());

describe('printing the consent form', () => {
  it('lists every language with its version, Mongolian included', async () => {
    const texts = await ok('clients.consentTexts', {});
    expect(texts.version).toBe('2026-11');
    expect(texts.languages.map((text) => text.language)).toEqual([
      'cs',
      'en',
      'uk',
      'ru',
      'vi',
      'mn',
    ]);
    expect(texts.languages.find((text) => text.language === 'mn')?.languageName).toBe('монгол хэл');
  });

  it('prints a Mongolian client’s form in Mongolian with the version recorded on the client', async () => {
    const client = await ok('clients.create', {
      familyName: 'Батбаяр',
      givenNames: 'Өлзийбаяр',
      nationality: 'MN',
      consentDate: '2026-11-20',
      consentVersion: '2026-11',
    });
    const form = await ok('clients.consentForm', {
      language: 'mn',
      clientId: client.id,
    });
    expect(form).toMatchObject({ version: '2026-11', recordedVersion: '2026-11' });
    expect(form.fileName).toBe('souhlas-mn-2026-11.pdf');
    const text = pdfText(form);
    expect(text).toContain('Батбаяр Өлзийбаяр');
    expect(text).toContain('хувилбар 2026-11');
    expect(text).toContain('Mongolia');
  });

  it('says so when the version on the client is no longer held, printing the current one', async () => {
    const client = await ok('clients.create', {
      familyName: 'Nguyễn',
      givenNames: 'Văn An',
      nationality: 'VN',
      consentDate: '2010-05-03',
      consentVersion: '2010-01',
    });
    const form = await ok('clients.consentForm', {
      language: 'cs',
      clientId: client.id,
    });
    expect(form).toMatchObject({ version: '2026-11', recordedVersion: '2010-01' });
  });

  it('prints the current version for a client whose consent is pending, and blank forms', async () => {
    const client = await ok('clients.create', {
      familyName: 'Ivanova',
      nationality: 'RU',
      isConsentPending: true,
    });
    const form = await ok('clients.consentForm', {
      language: 'ru',
      clientId: client.id,
    });
    expect(form).toMatchObject({ version: '2026-11', recordedVersion: null });
    const blank = await ok('clients.consentForm', { language: 'mn' });
    expect(blank).toMatchObject({ version: '2026-11', recordedVersion: null });
  });
});
