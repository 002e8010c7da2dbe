import { hash } from 'node:crypto';
import { eventServiceType } from '../contract/events.ts';
import { actRecordInput, type ServiceType, tallyAddInput } from '../contract/services.ts';
import { listServiceTypes } from '../services/service-catalogue.ts';
import {
  type CheckContext,
  pastDate,
  requiredValue,
  type RowCursor,
  schemaProblems,
} from './check-context.ts';
import { DigestMap } from './digest-map.ts';
import { foldName } from './header-names.ts';
import { parseWholeNumber } from './legacy-values.ts';

/**
 * A service by its code or its Czech/English name, from the whole catalogue: archived types
 * included, since an old register records what was delivered then.
 */
function serviceTypeFinder(context: CheckContext) {
  const byName = new Map<string, ServiceType>();
  for (const type of listServiceTypes(context.store, true)) {
    for (const name of [type.labelEn, type.labelCs, type.code]) byName.set(foldName(name), type);
  }
  return (text: string) => byName.get(foldName(text));
}

/**
 * An act or tally has no number of its own in a register: it is known by its content, and the
 * n-th identical row is another act (two internet sessions on one day).
 */
function contentKeys() {
  const seen = new DigestMap();
  return (content: unknown[]) => {
    const digest = hash('sha256', JSON.stringify(content), 'buffer');
    const occurrence = seen.get(digest) + 1;
    seen.set(digest, occurrence);
    return `${digest.toString('base64url').slice(0, 24)}#${occurrence}`;
  };
}

function checkType(cursor: RowCursor, find: (text: string) => ServiceType | undefined) {
  const text = requiredValue(cursor, 'type');
  if (text === null) return null;
  const type = find(text);
  if (!type) cursor.problem('type', 'unknownServiceType', { value: text });
  return type ?? null;
}

/** services.csv: acts of registered clients, with the act form's rules. */

/** Acts of course types come from attendance, of events from the event: never from a file. */
const isRecordable = (type: ServiceType) => !type.isCourseType && type.code !== eventServiceType;

export function serviceRowChecker(
  context: CheckContext,
  isClientKnown: (cursor: RowCursor) => boolean,
) {
  const findType = serviceTypeFinder(context);
  const keyOf = contentKeys();
  const { counts } = context;
  return (cursor: RowCursor) => {
    const hasClient = isClientKnown(cursor);
    const date = requiredValue(cursor, 'date') === null ? null : pastDate(context, cursor, 'date');
    const type = checkType(cursor, findType);
    if (type?.isCourseType) cursor.problem('type', 'courseServiceType', { value: type.code });
    if (type?.code === eventServiceType) cursor.problem('type', 'eventServiceType', {});
    const minutesText = cursor.value('minutes');
    const minutes = minutesText === '' ? null : parseWholeNumber(minutesText);
    if (minutesText !== '' && minutes === null) {
      cursor.problem('minutes', 'invalidNumber', { value: minutesText });
    }
    const town = cursor.value('town') || context.siteTown;
    const checked = actRecordInput.safeParse({
      clientId: 'legacy',
      type: type?.code ?? 'other',
      town,
      minutes,
      note: cursor.value('note'),
    });
    if (!checked.success) schemaProblems(cursor, checked.error.issues, {}, context.lang);
    if (!checked.success || !hasClient || date === null || type === null || !isRecordable(type))
      return;
    if (minutesText !== '' && minutes === null) return;
    const clientRef = cursor.value('client_ref');
    const note = checked.data.note;
    const key = keyOf([clientRef, date, type.code, town, minutes, note]);
    if (context.known('service', key) !== undefined) counts.unchanged++;
    else {
      context.sink.service({ key, clientRef, type: type.code, date, town, minutes, note });
      counts.services++;
    }
  };
}

/** tallies.csv: anonymous acts per day, type and town, with the tally form's rules. */
export function tallyRowChecker(context: CheckContext) {
  const findType = serviceTypeFinder(context);
  const keyOf = contentKeys();
  const { counts } = context;
  return (cursor: RowCursor) => {
    const date = requiredValue(cursor, 'date') === null ? null : pastDate(context, cursor, 'date');
    const type = checkType(cursor, findType);
    if (type?.isCourseType) cursor.problem('type', 'tallyCourseType', { value: type.code });
    if (type?.code === eventServiceType) cursor.problem('type', 'eventServiceType', {});
    const countText = requiredValue(cursor, 'count');
    const count = countText === null ? null : parseWholeNumber(countText);
    if (countText !== null && count === null) {
      cursor.problem('count', 'invalidNumber', { value: countText });
    }
    const town = cursor.value('town') || context.siteTown;
    const checked = tallyAddInput.safeParse({
      type: type?.code ?? 'other',
      town,
      count: count ?? 1,
    });
    if (!checked.success) schemaProblems(cursor, checked.error.issues, {}, context.lang);
    if (!checked.success || date === null || type === null || !isRecordable(type) || count === null)
      return;
    const key = keyOf([date, type.code, town, count]);
    if (context.known('tally', key) !== undefined) counts.unchanged++;
    else {
      context.sink.tally({ key, type: type.code, date, town, count });
      counts.tallies++;
    }
  };
}
