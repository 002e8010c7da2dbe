import type { ExportedFile } from '../../contract/report-exports.ts';
import { isSubjectLanguage, type SubjectLanguage } from '../../contract/gdpr.ts';
import { readSiteId } from '../../changes/index.ts';
import { recordAudit } from '../../clients/audit.ts';
import type { ClientsTable } from '../../schema.ts';
import { selectAll } from '../../query.ts';
import type { Store } from '../../store.ts';
import { collectSubjectAccess } from './subject-access-data.ts';
import { renderSubjectAccessPdf } from './subject-access-pdf.ts';
import type { CatalogueNames } from './subject-format.ts';
import { findSubject } from './subject-records.ts';

/**
 * The subject-access export (GDPR art. 15) of one person as a file: JSON (SubjectAccessData)
 * or a PDF in their language. Each export is written to the audit log, so the next export —
 * and the administrator's audit — shows who took the person's data out and when.
 */
export async function exportSubjectAccess(
  store: Store,
  userId: string | null,
  input: { clientId: string; format: 'pdf' | 'json'; language?: SubjectLanguage | undefined },
): Promise<ExportedFile> {
  const subject = findSubject(store, input.clientId);
  const data = collectSubjectAccess(store, subject, userId);
  // No name in the file name: the file may be left in a shared Downloads folder.
  const stem = `vypis-osobnich-udaju-${data.exportedAt.slice(0, 10)}`;
  let file: ExportedFile;
  if (input.format === 'json') {
    file = {
      fileName: `${stem}.json`,
      mimeType: 'application/json',
      base64: Buffer.from(`${JSON.stringify(data, null, 2)}\n`).toString('base64'),
    };
  } else {
    const language = input.language ?? preferredLanguage(subject.survivor);
    const pdf = await renderSubjectAccessPdf(data, { language, catalogue: readCatalogue(store) });
    file = {
      fileName: `${stem}-${language}.pdf`,
      mimeType: 'application/pdf',
      base64: pdf.toString('base64'),
    };
  }
  recordAudit(store, {
    action: 'export',
    clientId: subject.survivor.id,
    userId,
    siteId: readSiteId(store),
  });
  return file;
}

/** The client's preferred language when the export speaks it, else Czech. */
export function preferredLanguage(client: ClientsTable): SubjectLanguage {
  return isSubjectLanguage(client.preferred_language) ? client.preferred_language : 'cs';
}

function readCatalogue(store: Store): CatalogueNames {
  const rows = selectAll(
    store,
    store.db.selectFrom('service_types').select(['id', 'label_cs', 'label_en']),
  );
  return Object.fromEntries(rows.map((row) => [row.id, { cs: row.label_cs, en: row.label_en }]));
}
