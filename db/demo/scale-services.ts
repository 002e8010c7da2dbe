import { toNewActColumns } from '../services/act-mapping.ts';
import type { Random } from './random.ts';
import { addDays } from './release-2010-calendar.ts';
import { counsellingNotes, interpretingNotes } from './release-2010-services.ts';
import type { RowSink } from './row-sink.ts';
import type { DemoLibrary } from './scale-library.ts';

export interface DemoClient {
  id: string;
  town: string;
  /** The language of the books they borrow. */
  language: string;
}

export interface ServiceContext {
  sink: RowSink;
  random: Random;
  nextId: () => string;
  library: DemoLibrary;
  /** The acting user: recordAct() writes them as the worker. */
  worker: string | null;
  today: string;
  /** Loans from this day on (the last weeks of the data set) may still be out. */
  lateFrom: string;
}

const otherNotes = ['Pomoc s vyplněním formuláře.', 'Doprovod na úřad.', 'Informace o kurzech.'];

/**
 * One client's hand-recorded acts and loans in one year, written as recordAct() and
 * lendBook()/returnLoan() would: counselling (a third of clients), internet, library,
 * interpreting and other help. Someone with no course and nothing else came for counselling
 * once. Returns the number of acts.
 */
export function writeClientYear(
  ctx: ServiceContext,
  client: DemoClient,
  officeDays: readonly string[],
  hasCourse: boolean,
): number {
  const { random } = ctx;
  let acts = 0;
  const act = (type: string, fields: { minutes: number; note: string; computer: string }) => {
    // Counselling also happens at the main office; everything else in the client's town.
    const town =
      type === 'social_legal_counselling' && random.chance(0.3) ? 'Liberec' : client.town;
    ctx.sink.add(
      'service_acts',
      ctx.nextId(),
      toNewActColumns({
        clientId: client.id,
        type,
        date: random.pick(officeDays),
        town,
        minutes: fields.minutes,
        workerId: ctx.worker,
        note: fields.note,
        computer: fields.computer,
      }),
    );
    acts += 1;
  };
  const counselling = () =>
    act('social_legal_counselling', {
      minutes: random.pick([15, 30, 30, 45, 60, 90]),
      note: random.pick(counsellingNotes),
      computer: '',
    });

  if (random.chance(0.35)) for (let n = random.int(1, 3); n > 0; n--) counselling();
  if (random.chance(0.3)) {
    for (let n = random.int(1, 4); n > 0; n--) {
      act('internet', {
        minutes: random.pick([30, 45, 60]),
        note: '',
        computer: `PC ${random.int(1, 4)}`,
      });
    }
  }
  if (random.chance(0.3)) {
    for (let n = random.int(1, 3); n > 0; n--) {
      const date = random.pick(officeDays);
      const back = addDays(date, random.int(7, 35));
      // The last weeks' loans may still be out; none comes back after today.
      const isOut = back > ctx.today || (date >= ctx.lateFrom && random.chance(0.3));
      const loan = { clientId: client.id, language: client.language, date };
      if (ctx.library.lend(random, { ...loan, returnedOn: isOut ? null : back }, client.town)) {
        acts += 1;
      }
    }
  }
  if (random.chance(0.1)) {
    for (let n = random.int(1, 2); n > 0; n--) {
      act('interpreting', {
        minutes: random.pick([60, 90, 120]),
        note: random.pick(interpretingNotes),
        computer: '',
      });
    }
  }
  if (random.chance(0.05)) {
    act('other', { minutes: random.pick([15, 30]), note: random.pick(otherNotes), computer: '' });
  }
  if (acts === 0 && !hasCourse) counselling();
  return acts;
}
