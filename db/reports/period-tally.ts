import { isOtherClientNationality } from '../summaries/funder-scope.ts';
import type { ActGroup } from '../summaries/period-acts.ts';
import { PersonSet } from './person-set.ts';

/** People (distinct) and acts per key: a figure's rows, counted in one pass. */
export class Tally {
  private readonly rows = new Map<string, { people: PersonSet; acts: number }>();

  add(key: string, person: number, acts: number) {
    let row = this.rows.get(key);
    if (!row) {
      row = { people: new PersonSet(), acts: 0 };
      this.rows.set(key, row);
    }
    row.people.add(person);
    row.acts += acts;
  }

  keys(): string[] {
    return [...this.rows.keys()];
  }

  clients(key: string): number {
    return this.rows.get(key)?.people.size ?? 0;
  }

  actsOf(key: string): number {
    return this.rows.get(key)?.acts ?? 0;
  }
}

/**
 * Every figure of the report that is counted from acts, in one pass over the period's act
 * groups: six distinct counts of people at once, where SQL would sort the acts for each. The
 * acts of EU/EEA/Swiss and Czech citizens go to `others` alone (funder-scope.ts).
 */
export class PeriodTally {
  readonly others = { people: new PersonSet(), acts: 0 };
  private readonly isOther = new Map<string, boolean>();
  readonly people = new PersonSet();
  readonly countries = new Set<string>();
  readonly byNationality = new Tally();
  readonly byType = new Tally();
  readonly byTown = new Tally();
  readonly byKind = new Tally();
  readonly participantsByTown = new Tally();
  acts = 0;

  add(group: ActGroup) {
    let isOther = this.isOther.get(group.nationality);
    if (isOther === undefined) {
      isOther = isOtherClientNationality(group.nationality);
      this.isOther.set(group.nationality, isOther);
    }
    if (isOther) {
      this.others.people.add(group.person);
      this.others.acts += group.acts;
      return;
    }
    this.people.add(group.person);
    this.countries.add(group.nationality);
    this.acts += group.acts;
    this.byNationality.add(group.nationality, group.person, group.acts);
    this.byType.add(group.type, group.person, group.acts);
    this.byTown.add(group.town, group.person, group.acts);
    if (group.kind !== null) {
      this.byKind.add(group.kind, group.person, group.acts);
      this.participantsByTown.add(group.town, group.person, group.acts);
    }
  }
}
