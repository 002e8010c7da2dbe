import type { SubjectAccessData } from '../../contract/gdpr.ts';
import { muted, type Doc } from '../../documents/pdf-kit.ts';
import { isLinkField, type SubjectFormatter } from './subject-format.ts';
import { emptyNote, paragraph, sectionHeading } from './subject-pdf-layout.ts';

type HistoryEntry = SubjectAccessData['history'][number];

/**
 * The change log on paper: one line per change (the fields one person saved at one moment on
 * one row), e.g. "3. 12. 2026 10:15 · Liberec · Petra — Úkon 4. 3. 2025: Poznámka: …".
 */
export function drawHistory(doc: Doc, data: SubjectAccessData, format: SubjectFormatter): void {
  const { labels } = format;
  sectionHeading(doc, labels.sections.history);
  paragraph(doc, labels.historyIntro, { size: 8.5, color: muted });
  doc.moveDown(0.3);
  const changes = groupChanges(data.history);
  if (changes.length === 0) emptyNote(doc, labels.empty);
  for (const change of changes) {
    const [first] = change;
    const who = [format.moment(first!.at), first!.site, first!.author].filter(Boolean).join(' · ');
    const values = change
      .filter((entry) => !isLinkField(entry.field))
      .map(
        (entry) =>
          `${format.fieldLabel(entry.field)}: ${format.fieldValue(entry.field, entry.value)}`,
      )
      .join('; ');
    const row = `${rowName(first!, change, data, format)}${values ? `: ${values}` : ''}`;
    paragraph(doc, who, { size: 8, color: muted });
    paragraph(doc, row, { size: 9, indent: 12 });
    doc.moveDown(0.2);
  }
}

function groupChanges(history: HistoryEntry[]): HistoryEntry[][] {
  const groups: HistoryEntry[][] = [];
  const key = (entry: HistoryEntry) =>
    [entry.at, entry.table, entry.recordId, entry.site, entry.author].join('\u0000');
  for (const entry of history) {
    const last = groups.at(-1);
    if (last && key(last[0]!) === key(entry)) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

/** Which row a change was made on, in words: "Úkon 4. 3. 2025", "Výpůjčka: Babička". */
function rowName(
  entry: HistoryEntry,
  change: HistoryEntry[],
  data: SubjectAccessData,
  format: SubjectFormatter,
): string {
  const table = format.labels.tables[entry.table as keyof typeof format.labels.tables];
  const name = table ?? entry.table;
  const valueOf = (field: string) => change.find((item) => item.field === field)?.value;
  if (entry.table === 'act') {
    const date = valueOf('date') ?? data.acts.find((act) => act.id === entry.recordId)?.date;
    return typeof date === 'string' ? `${name} ${format.date(date)}` : name;
  }
  if (entry.table === 'attendance') {
    // A mark's id is lesson:client.
    const lessonId = entry.recordId.split(':')[0];
    const lesson = data.courses.flatMap((course) => course.lessons).find((l) => l.id === lessonId);
    return lesson ? `${name} ${format.date(lesson.date)}` : name;
  }
  if (entry.table === 'loan') {
    const title = data.loans.find((loan) => loan.id === entry.recordId)?.title;
    return title ? `${name}: ${title}` : name;
  }
  return name;
}
