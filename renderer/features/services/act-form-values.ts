import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { actRecordInput, isValidIsoDate, type Input } from '../../../db/contract/index.ts';
import { internetType } from './service-labels.ts';

/** What the act form holds while it is edited: an empty number field is '', not 0. */
export interface ActFormValues {
  type: string;
  date: string;
  town: string;
  minutes: number | '';
  note: string;
  computer: string;
  /** "Odkázání na": a partner organisation's id, '' for no referral. */
  partnerId: string;
}

const recordShape = actRecordInput.shape;

/**
 * The contract's own rules for the fields, except that the form insists on a type picked from
 * the list and a date (the API would quietly take today for a cleared date field).
 */
export const actFormShape = {
  type: z.string().min(1, { error: 'required' }),
  date: z.string().trim().min(1, { error: 'required' }).refine(isValidIsoDate, {
    error: 'invalidDate',
  }),
  town: recordShape.town,
  minutes: recordShape.minutes,
  note: recordShape.note,
  computer: recordShape.computer,
  partnerId: z.string(),
};

const actFormSchema = z.strictObject(actFormShape);
export type ActFormOutput = z.output<typeof actFormSchema>;

const schemaResolver = zodResolver(actFormSchema);
type SchemaOptions = Parameters<typeof schemaResolver>[2];
// The empty number field becomes null before the contract's schema judges the minutes; the
// options only name the fields, which are the same on both sides.
export const actFormResolver: Resolver<ActFormValues, unknown, ActFormOutput> = (
  values,
  context,
  options,
) =>
  schemaResolver(
    { ...values, minutes: values.minutes === '' ? null : values.minutes },
    context,
    options as unknown as SchemaOptions,
  );

export function emptyActForm(type: string, date: string, town: string): ActFormValues {
  return { type, date, town, minutes: '', note: '', computer: '', partnerId: '' };
}

/** The act.record input; a computer number only means something for an internet visit. */
export function recordInput(clientId: string, values: ActFormOutput): Input<'acts.record'> {
  return {
    clientId,
    type: values.type,
    date: values.date,
    ...(values.town ? { town: values.town } : {}),
    minutes: values.minutes ?? null,
    note: values.note,
    computer: values.type === internetType ? values.computer : '',
    ...(values.partnerId ? { partnerId: values.partnerId } : {}),
  };
}

type ActChanges = Input<'acts.update'>['changes'];

/**
 * Only what the worker changed, so that the change log lists real edits. Minutes, and a
 * confidential note, are not in the timeline the form starts from: those are sent only when
 * something was typed, and otherwise stay as stored.
 */
export function actChanges(
  initial: ActFormValues,
  values: ActFormOutput,
  isNoteKnown: boolean,
): ActChanges {
  const changes: ActChanges = {};
  if (values.type !== initial.type) changes.type = values.type;
  if (values.date !== initial.date) changes.date = values.date;
  const town = values.town ?? '';
  if (town !== initial.town.trim()) changes.town = town;
  if (values.minutes != null && values.minutes !== initial.minutes)
    changes.minutes = values.minutes;
  if (isNoteKnown ? values.note !== initial.note.trim() : values.note !== '') {
    changes.note = values.note;
  }
  if (values.partnerId !== initial.partnerId) changes.partnerId = values.partnerId || null;
  return changes;
}
