import type { ClientSummary } from '../contract/clients.ts';
import type { Participant } from '../contract/courses.ts';

/** Who appears on an attendance sheet, and in which order. */

export interface SheetParticipant {
  client: ClientSummary;
  /** The last day of the last enrolment, when every enrolment has ended. */
  leftOn: string | null;
  periods: { enrolledOn: string; leftOn: string | null }[];
}

/**
 * One row per person: someone who left and enrolled again has two enrolments but signs once.
 * Alphabetical the Czech way (Š after S, Ch after H), whatever the sheet's language, because the
 * lecturer looks names up on a Czech list.
 */
export function sheetParticipants(participants: Participant[]): SheetParticipant[] {
  const byClient = new Map<string, SheetParticipant>();
  for (const participant of participants) {
    const period = { enrolledOn: participant.enrolledOn, leftOn: participant.leftOn };
    const known = byClient.get(participant.client.id);
    if (known) known.periods.push(period);
    else
      byClient.set(participant.client.id, {
        client: participant.client,
        leftOn: null,
        periods: [period],
      });
  }
  const collator = new Intl.Collator('cs', { numeric: true });
  return [...byClient.values()]
    .map((person) => ({ ...person, leftOn: lastLeftOn(person.periods) }))
    .sort((a, b) => collator.compare(a.client.displayName, b.client.displayName));
}

function lastLeftOn(periods: SheetParticipant['periods']): string | null {
  if (periods.some((period) => period.leftOn === null)) return null;
  return periods
    .map((period) => period.leftOn!)
    .sort()
    .at(-1)!;
}

/**
 * Whether the person belongs on a lesson's sheet: not left before its day. The start of the
 * enrolment does not count, as in attendance marking: people are often enrolled in the app a
 * few days after they came to their first lesson.
 */
export function isEnrolledOn(person: SheetParticipant, date: string): boolean {
  return person.periods.some((period) => period.leftOn === null || period.leftOn >= date);
}
