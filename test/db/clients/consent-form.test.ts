import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderConsentForm, type ConsentFormLanguage } from '../../../db/clients/consent-form.ts';
import {
  consentTextsFolder,
  findConsentTextVersion,
  listConsentLanguages,
  loadConsentText,
} from '../../../db/clients/consent-texts.ts';
import { renderPdfPages } from '../../helpers/pdf-pages.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

/**
 * The form is checked the way a reader meets it: the PDF is turned back into text by poppler,
 * so a missing glyph, a decomposed accent or a name leaking into the metadata shows up.
 */

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const client = {
  displayName: 'Nguyễn Văn An',
  birthDate: '1990-05-12',
  nationalityName: 'Vietnam',
};
const site = {
  organisationName: 'Centrum pro integraci cizinců, o.p.s.',
  siteName: 'Pobočka Libeň',
  siteTown: 'Praha',
};
const createdAt = new Date('2026-11-02T09:00:00Z');

/** Per language: its title, and words only a text in that language (and script) contains. */
const expected: Record<ConsentFormLanguage, { title: string; words: RegExp[] }> = {
  cs: {
    title: 'Souhlas se zpracováním osobních údajů',
    words: [/Úřadu pro ochranu osobních údajů/, /závazné české znění/],
  },
  en: { title: 'Consent to the processing of personal data', words: [/lodge a complaint/] },
  uk: { title: 'Згода на обробку персональних даних', words: [/[іїєґ]/, /персональних/] },
  ru: { title: 'Согласие на обработку персональных данных', words: [/[ыэё]/, /персональных/] },
  vi: { title: 'Đồng ý xử lý dữ liệu cá nhân', words: [/quý vị/, /Bên kiểm soát/] },
  // Mongolian Cyrillic has letters of its own (ө, ү) that the font must print.
  mn: {
    title: 'Хувийн мэдээлэл боловсруулахыг зөвшөөрөх тухай',
    words: [/[өү]/, /хариуцагч/, /Үйлчлүүлэгчийн гарын үсэг/],
  },
};

async function renderToFile(name: string, options: Parameters<typeof renderConsentForm>[0]) {
  const file = join(temp.dir, `${name}.pdf`);
  writeFileSync(file, await renderConsentForm(options));
  return file;
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']);
const pdfinfo = (file: string) => execFileSync('pdfinfo', ['-enc', 'UTF-8', file]).toString();
/** Line breaks and no-break spaces vary with the layout; the words do not. */
const flatten = (text: string) => text.replace(/\s+/g, ' ');

describe('consent form', () => {
  it('has a text file for every language the app offers, Czech first', () => {
    expect(listConsentLanguages()).toEqual(['cs', 'en', 'mn', 'ru', 'uk', 'vi']);
  });

  for (const language of Object.keys(expected) as ConsentFormLanguage[]) {
    it(`prints the ${language} form with the client's name intact`, async () => {
      const file = await renderToFile(language, { language, ...site, client, createdAt });
      const text = pdftotext(file).toString('utf8');
      const flat = flatten(text);

      expect(text).toContain('Nguyễn Văn An');
      expect(flat).toContain(expected[language].title);
      for (const word of expected[language].words) expect(flat).toMatch(word);
      expect(flat).toContain(site.organisationName);
      expect(flat).toContain('2026-11');
      expect(flat).toContain('Vietnam');
      // Mongolian writes the year first: 1990.05.12.
      expect(flat).toMatch(/12\.? ?0?5\.? ?1990|12\/0?5\/1990|1990\.05\.12/);
      // A glyph the font lacks would come back as a replacement character or nothing at all.
      expect(text).not.toContain('\uFFFD');

      const info = pdfinfo(file);
      expect(info).toContain(`Title:           ${expected[language].title}`);
      expect(info).not.toMatch(/Nguy|Văn|1990|Vietnam/);
    });
  }

  it('leaves blank lines when no client is given, and falls back to the site name', async () => {
    const file = await renderToFile('blank', {
      language: 'cs',
      organisationName: '',
      siteName: 'Integrační centrum Plzeň',
      siteTown: 'Plzeň',
      createdAt,
    });
    const flat = flatten(pdftotext(file).toString('utf8'));
    expect(flat).not.toMatch(/Nguy|1990|Vietnam/);
    expect(flat).toContain('Správcem vašich osobních údajů je Integrační centrum Plzeň.');
    expect(flat).toContain('Jméno a příjmení');
    expect(flat).toContain('Podpis klienta / klientky');
  });

  it('gives the same bytes for the same input', async () => {
    const options = { language: 'vi', ...site, client, createdAt } as const;
    const [first, second] = [await renderConsentForm(options), await renderConsentForm(options)];
    expect(first.equals(second)).toBe(true);
  });

  it('prints the Czech, Vietnamese and Mongolian forms on two numbered A4 pages', async () => {
    // The pictures stay in test-output/consent for a look; the test checks what they show.
    const folder = join(import.meta.dirname, '..', '..', '..', 'test-output', 'consent');
    const signature = {
      cs: 'Podpis klienta / klientky',
      vi: 'Chữ ký của khách hàng',
      mn: 'Үйлчлүүлэгчийн гарын үсэг',
    };
    for (const language of ['cs', 'vi', 'mn'] as const) {
      const file = await renderToFile(`look-${language}`, { language, ...site, client, createdAt });
      const pages = renderPdfPages(file, join(folder, language), 60);
      expect(pages).toHaveLength(2);
      for (const [index, page] of pages.entries()) {
        expect([page.width, page.height]).toEqual(page.a4.portrait);
        // The footer closes every page: "strana 1/2", "trang 1/2", "хуудас 1/2".
        expect(page.text.trimEnd()).toMatch(new RegExp(` ${index + 1}/2$`));
      }
      expect(flatten(pages[0]!.text)).toContain(expected[language].title);
      const last = flatten(pages[1]!.text);
      expect(last).toContain('Nguyễn Văn An');
      expect(last).toContain(signature[language]);
    }
  });
});

describe('consent texts', () => {
  function folderWith(name: string, content: string) {
    const folder = join(temp.dir, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'cs.json'), content);
    return folder;
  }
  const czech = JSON.parse(readFileSync(join(consentTextsFolder, 'cs.json'), 'utf8'));

  it('names the file and the field when a text is malformed', () => {
    const folder = folderWith('missing-title', JSON.stringify({ ...czech, title: undefined }));
    expect(() => loadConsentText('cs', folder)).toThrow(/cs\.json is malformed[\s\S]*title/);
    const render = renderConsentForm({ language: 'cs', ...site, textsFolder: folder });
    return expect(render).rejects.toThrow(/malformed/);
  });

  it('rejects broken JSON, a wrong language and an unknown placeholder', () => {
    expect(() => loadConsentText('cs', folderWith('broken', '{ "language": '))).toThrow(
      /cs\.json is not valid JSON/,
    );
    const wrongLanguage = folderWith('wrong', JSON.stringify({ ...czech, language: 'sk' }));
    expect(() => loadConsentText('cs', wrongLanguage)).toThrow(/declares language "sk"/);
    const typo = { ...czech, paragraphs: ['Správcem je {organization}.'] };
    expect(() => loadConsentText('cs', folderWith('typo', JSON.stringify(typo)))).toThrow(
      /unknown placeholder/,
    );
  });

  it('says which languages exist when one is missing, and refuses paths', () => {
    const folder = join(temp.dir, 'only-czech');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(consentTextsFolder, 'cs.json'), join(folder, 'cs.json'));
    expect(() => loadConsentText('de', folder)).toThrow(/"de" not found.*available: cs/);
    expect(() => loadConsentText('../cs', folder)).toThrow(/invalid language code/);
    expect(loadConsentText('cs', folder).version).toBe('2026-11');
  });

  it('finds an earlier version in the archive beside the current texts', () => {
    const folder = join(temp.dir, 'versions');
    mkdirSync(join(folder, 'archive'), { recursive: true });
    copyFileSync(join(consentTextsFolder, 'cs.json'), join(folder, 'cs.json'));
    const older = { ...czech, version: '2025-01', title: 'Souhlas (znění 2025)' };
    writeFileSync(join(folder, 'archive', 'cs-2025-01.json'), JSON.stringify(older));
    expect(findConsentTextVersion('cs', '2026-11', folder)?.title).toBe(czech.title);
    expect(findConsentTextVersion('cs', '2025-01', folder)?.title).toBe('Souhlas (znění 2025)');
    expect(findConsentTextVersion('cs', '2010-01', folder)).toBeNull();
    expect(findConsentTextVersion('cs', '../cs', folder)).toBeNull();
    writeFileSync(join(folder, 'archive', 'cs-2024-01.json'), JSON.stringify(older));
    expect(() => findConsentTextVersion('cs', '2024-01', folder)).toThrow(/declares version/);
  });
});
