import type { Client } from '../../contract/clients.ts';
import type { SubjectAccessData, SubjectLanguage } from '../../contract/gdpr.ts';
import {
  collect,
  createPdf,
  drawPageFurniture,
  hairline,
  ink,
  left,
  muted,
  width,
  type Doc,
} from '../../documents/pdf-kit.ts';
import { subjectFormatter, type CatalogueNames, type SubjectFormatter } from './subject-format.ts';
import { drawHistory } from './subject-pdf-history.ts';
import {
  emptyNote,
  ensureRoom,
  labelledRows,
  margins,
  paragraph,
  sectionHeading,
  subHeading,
} from './subject-pdf-layout.ts';

/**
 * The subject-access export as an A4 PDF in the person's language: the same content as the
 * JSON, every heading and label translated, values (dates, countries, services) as the reader
 * writes them. DejaVu Sans prints Czech, Vietnamese and Cyrillic (Ukrainian, Russian and
 * Mongolian) alike.
 */
export async function renderSubjectAccessPdf(
  data: SubjectAccessData,
  options: { language: SubjectLanguage; catalogue: CatalogueNames; createdAt?: Date },
): Promise<Buffer> {
  const format = subjectFormatter(options.language, options.catalogue);
  const { labels } = format;
  const organisation = data.controller.organisation || data.controller.site;
  const doc = await createPdf({
    margins,
    lang: options.language,
    // Metadata describes the document, never the person (pdf-kit.ts).
    title: labels.title,
    author: organisation || 'Přístav',
    createdAt: options.createdAt ?? new Date(data.exportedAt),
  });
  const done = collect(doc);

  drawHeader(doc, data, format, organisation);
  sectionHeading(doc, labels.sections.record);
  labelledRows(doc, recordRows(data.client, format));
  drawMergedRecords(doc, data, format);
  drawLegacyRefs(doc, data, format);
  drawConsents(doc, data, format);
  drawActs(doc, data, format);
  drawLoans(doc, data, format);
  drawCourses(doc, data, format);
  drawHistory(doc, data, format);
  drawAccess(doc, data, format);

  drawPageFurniture(doc, {
    footer: `${labels.title} · ${labels.exportedOn} ${format.date(data.exportedAt.slice(0, 10))}`,
    pageLabel: labels.page,
    runningHead: organisation,
  });
  doc.end();
  return done;
}

function drawHeader(doc: Doc, data: SubjectAccessData, format: SubjectFormatter, org: string) {
  const { labels } = format;
  const x = left(doc);
  doc
    .font('bold')
    .fontSize(12)
    .fillColor(ink)
    .text(org || '—', x, margins.top, {
      width: width(doc),
    });
  const site = [data.controller.site, data.controller.town].filter(Boolean).join(', ');
  if (site) doc.font('regular').fontSize(8.5).fillColor(muted).text(site);
  doc.moveDown(0.5);
  hairline(doc, x, doc.y, width(doc));
  doc.moveDown(0.8);
  doc
    .font('bold')
    .fontSize(16)
    .fillColor(ink)
    .text(labels.title, x, doc.y, { width: width(doc) });
  doc
    .font('bold')
    .fontSize(13)
    .text(personName(data.client, format), { width: width(doc) });
  doc.moveDown(0.3);
  const issued = [
    `${labels.exportedOn}: ${format.moment(data.exportedAt)}`,
    data.exportedBy.user ? `${labels.exportedBy}: ${data.exportedBy.user}` : '',
    data.exportedBy.site ?? '',
  ].filter(Boolean);
  paragraph(doc, issued.join(' · '), { size: 8.5, color: muted });
  doc.moveDown(0.6);
  const intro = labels.intro
    .replace('{organisation}', org || data.controller.site)
    .replace('{date}', format.date(data.exportedAt.slice(0, 10)));
  paragraph(doc, intro);
  doc.moveDown(0.4);
  paragraph(doc, labels.rights, { size: 8.5, color: muted });
  paragraph(doc, `${labels.controller}: ${[org, site].filter(Boolean).join(', ')}`, {
    size: 8.5,
    color: muted,
  });
}

function personName(client: Client, format: SubjectFormatter): string {
  if (client.anonymisedOn) return format.labels.anonymised;
  if (client.isPseudonymous) return client.nickname;
  return `${client.familyName} ${client.givenNames}`.trim() || '—';
}

/** The record's fields that hold something (an empty field is not data held). */
function recordRows(
  client: Client & { registeringSiteName: string | null },
  format: SubjectFormatter,
): [string, string][] {
  const { fields } = format.labels;
  const rows: [string, string][] = [
    [fields.familyName, client.familyName],
    [fields.givenNames, client.givenNames],
    [fields.nickname, client.nickname],
    [fields.otherSpellings, client.otherSpellings.split('\n').join(', ')],
    [fields.birthDate, format.date(client.birthDate)],
    [fields.sex, format.sex(client.sex)],
    [fields.nationality, format.country(client.nationality)],
    [fields.residenceStatus, format.residence(client.residenceStatus)],
    [fields.residenceValidUntil, format.date(client.residenceValidUntil)],
    [fields.town, client.town],
    [fields.phone, client.phone],
    [fields.email, client.email],
    [fields.languages, client.languages.map(format.languageName).join(', ')],
    [fields.preferredLanguage, format.languageName(client.preferredLanguage)],
    [fields.firstContact, format.date(client.firstContact)],
    [fields.registeringSite, client.registeringSiteName ?? ''],
    [fields.isPseudonymous, client.isPseudonymous ? format.labels.yes : ''],
    [fields.note, client.note],
    [fields.anonymisedOn, format.date(client.anonymisedOn)],
    [fields.recordId, client.id],
  ];
  return rows.filter(([, value]) => value !== '');
}

function drawMergedRecords(doc: Doc, data: SubjectAccessData, format: SubjectFormatter) {
  if (data.mergedRecords.length === 0) return;
  sectionHeading(doc, format.labels.sections.mergedRecords);
  for (const record of data.mergedRecords) {
    subHeading(doc, personName(record, format));
    labelledRows(doc, recordRows(record, format));
  }
}

function drawLegacyRefs(doc: Doc, data: SubjectAccessData, format: SubjectFormatter) {
  if (data.legacyRefs.length === 0) return;
  sectionHeading(doc, format.labels.sections.legacyRefs);
  labelledRows(
    doc,
    data.legacyRefs.map((legacy): [string, string] => [legacy.source, legacy.ref]),
  );
}

function drawConsents(doc: Doc, data: SubjectAccessData, format: SubjectFormatter) {
  const { labels } = format;
  sectionHeading(doc, labels.sections.consents);
  const several = data.consents.length > 1;
  for (const consent of data.consents) {
    // A record's consent stays on one page with its heading.
    ensureRoom(doc, 90);
    if (several) subHeading(doc, `${labels.fields.recordId} ${consent.recordId}`);
    const rows: [string, string][] = [
      [labels.fields.consentDate, format.date(consent.date) || '—'],
      [labels.fields.consentVersion, consent.version || '—'],
      [labels.fields.consentWithdrawn, format.date(consent.withdrawn) || '—'],
      [labels.fields.isConsentPending, format.yesNo(consent.isPending)],
    ];
    labelledRows(doc, rows);
  }
}

function drawActs(doc: Doc, data: SubjectAccessData, format: SubjectFormatter) {
  const { labels } = format;
  sectionHeading(doc, labels.sections.acts);
  if (data.acts.length === 0) emptyNote(doc, labels.empty);
  for (const act of data.acts) {
    const line = [
      format.date(act.date),
      format.serviceType(act.type),
      act.town,
      act.minutes === null ? '' : `${act.minutes} min`,
      act.worker ?? '',
    ].filter(Boolean);
    paragraph(doc, line.join(' · '), { font: 'bold', size: 9 });
    if (act.note) {
      const prefix = act.isConfidential ? `(${labels.confidential}) ` : '';
      paragraph(doc, `${prefix}${act.note}`, { size: 9, indent: 12 });
    }
    doc.moveDown(0.25);
  }
}

function drawLoans(doc: Doc, data: SubjectAccessData, format: SubjectFormatter) {
  const { labels } = format;
  sectionHeading(doc, labels.sections.loans);
  if (data.loans.length === 0) emptyNote(doc, labels.empty);
  for (const loan of data.loans) {
    paragraph(doc, [loan.title, loan.author].filter(Boolean).join(' – '), {
      font: 'bold',
      size: 9,
    });
    const details = [
      `${labels.fields.loanedOn}: ${format.date(loan.loanedOn)}`,
      `${labels.fields.dueOn}: ${format.date(loan.dueOn)}`,
      `${labels.fields.returnedOn}: ${format.date(loan.returnedOn) || '—'}`,
      loan.renewals > 0 ? `${labels.fields.renewals}: ${loan.renewals}` : '',
      loan.town,
    ].filter(Boolean);
    paragraph(doc, details.join(' · '), { size: 9, indent: 12 });
    doc.moveDown(0.25);
  }
}

function drawCourses(doc: Doc, data: SubjectAccessData, format: SubjectFormatter) {
  const { labels } = format;
  sectionHeading(doc, labels.sections.courses);
  if (data.courses.length === 0) emptyNote(doc, labels.empty);
  for (const course of data.courses) {
    const title = `${course.title} (${format.courseKind(course.kind)})${course.town ? `, ${course.town}` : ''}`;
    paragraph(doc, title, { font: 'bold', size: 9 });
    const dates = (isPresent: boolean) =>
      course.lessons
        .filter((lesson) => lesson.isPresent === isPresent)
        .map((lesson) => format.date(lesson.date))
        .join(', ');
    const lines = [
      [
        course.enrolledOn ? `${labels.fields.enrolledOn}: ${format.date(course.enrolledOn)}` : '',
        course.leftOn ? `${labels.fields.leftOn}: ${format.date(course.leftOn)}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
      dates(true) ? `${labels.fields.attended}: ${dates(true)}` : '',
      dates(false) ? `${labels.fields.missed}: ${dates(false)}` : '',
    ].filter(Boolean);
    for (const line of lines) paragraph(doc, line, { size: 9, indent: 12 });
    doc.moveDown(0.25);
  }
}

function drawAccess(doc: Doc, data: SubjectAccessData, format: SubjectFormatter) {
  const { labels } = format;
  sectionHeading(doc, labels.sections.access);
  paragraph(doc, labels.accessIntro, { size: 8.5, color: muted });
  doc.moveDown(0.3);
  if (data.access.length === 0) emptyNote(doc, labels.empty);
  for (const entry of data.access) {
    const action = labels.actions[entry.action as keyof typeof labels.actions] ?? entry.action;
    const line = [format.moment(entry.at), action, entry.user ?? '', entry.site ?? ''];
    paragraph(doc, line.filter(Boolean).join(' · '), { size: 9 });
  }
}
