import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubjectLanguage } from '../../../../db/contract/gdpr.ts';
import { openGdprCentre, type GdprCentre } from './gdpr-fixture.ts';

/**
 * The PDF is read the way its reader meets it: poppler turns it back into text (a missing
 * glyph or a lost diacritic shows up there) and renders the first page into test-output/gdpr.
 */
const folder = join('test-output', 'gdpr');
mkdirSync(folder, { recursive: true });

/** Line breaks vary with the layout; the words do not. */
const flatten = (text: string) => text.replace(/\s+/g, ' ');

describe('the subject-access export as PDF', () => {
  let centre: GdprCentre;
  beforeAll(async () => {
    centre = await openGdprCentre();
    await centre.ok('settings.set', { organisationName: 'Centrum pro integraci cizinců, o.p.s.' });
  });
  afterAll(() => centre.close());

  async function pdfText(language?: SubjectLanguage) {
    const file = await centre.ok('clients.exportSubject', {
      clientId: centre.client.id,
      format: 'pdf',
      ...(language ? { language } : {}),
    });
    expect(file.mimeType).toBe('application/pdf');
    const path = join(folder, file.fileName);
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', path, path.slice(0, -4)]);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']).toString(
      'utf8',
    );
    return { file, text: flatten(text) };
  }

  it('is in Czech when asked, with every section and the names as written', async () => {
    const { file, text } = await pdfText('cs');
    expect(file.fileName).toBe('vypis-osobnich-udaju-2026-11-02-cs.pdf');
    for (const words of [
      'Výpis osobních údajů',
      'Nguyễn Thị Thu Hằng',
      'Centrum pro integraci cizinců, o.p.s.',
      'Státní příslušnost Vietnam',
      'Pobytový status dlouhodobý pobyt',
      'Datum narození 23. 4. 1986',
      'Sloučené záznamy téže osoby',
      'Nguyen Thi Thu Hang',
      'Нгуен Тхи ТхуХанг',
      'Sociálně právní poradenství',
      '(důvěrná poznámka) Žádost o prodloužení pobytu; zdravotní potíže (důvěrné).',
      'Truyện Kiều – Nguyễn Du',
      'Čeština pro začátečníky (Čeština – nízkoprahový kurz), Liberec',
      'Účast: 6. 5. 2025',
      'Neúčast: 13. 5. 2025',
      'Historie změn záznamů',
      'Telefon: 608 555 111',
      'Kdo záznam otevřel, změnil nebo vyexportoval',
      'otevření záznamu · Petra · Centrum Liberec',
      'Strana 1/',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('is in the client’s preferred language, Vietnamese, when none is asked for', async () => {
    const { file, text } = await pdfText();
    expect(file.fileName).toMatch(/-vi\.pdf$/);
    for (const words of [
      'Bản trích lục dữ liệu cá nhân',
      'Nguyễn Thị Thu Hằng',
      'Quốc tịch Việt Nam',
      'Tư vấn xã hội và pháp lý',
      'Mượn sách thư viện',
      'Khóa học và điểm danh',
      'Lịch sử thay đổi hồ sơ',
      'Tiếng Việt, Tiếng Séc',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('is in Ukrainian, Russian and Mongolian in Cyrillic, and in English', async () => {
    const expected: [SubjectLanguage, string[]][] = [
      ['uk', ['Виписка персональних даних', 'Громадянство Вʼєтнам', 'Надані послуги', 'Nguyễn']],
      ['ru', ['Выписка персональных данных', 'Гражданство Вьетнам', 'Оказанные услуги']],
      ['mn', ['Хувийн мэдээллийн лавлагаа', 'Иргэншил Вьетнам', 'Үзүүлсэн үйлчилгээ']],
      ['en', ['Personal data statement', 'Nationality Vietnam', 'Socio-legal counselling']],
    ];
    for (const [language, words] of expected) {
      const { text } = await pdfText(language);
      for (const word of words) expect(text, language).toContain(word);
    }
  });
});
