import type { ReviewItem } from '../../../../db/contract/index.ts';

export const clientId = '01900000-0000-7000-8000-0000000000c1';

/** The phone of one client, changed at Liberec and at Jablonec before they exchanged files. */
export function phoneConflict(overrides: Partial<ReviewItem> = {}): ReviewItem {
  return {
    id: `clients/${clientId}/phone`,
    kind: 'edit',
    table: 'clients',
    row: clientId,
    column: 'phone',
    label: 'Telefon',
    clientId,
    clientName: 'Nguyen Van An',
    values: [
      {
        value: '+420 777 111 222',
        valueLabel: null,
        site: 's1',
        siteName: 'Centrum Liberec',
        author: 'u1',
        authorName: 'Petra Sovová',
        at: '2026-12-03T09:15:00.000Z',
        isWinner: false,
      },
      {
        value: '+420 602 333 444',
        valueLabel: null,
        site: 's2',
        siteName: 'Jablonec',
        author: 'u2',
        authorName: 'Jana Nová',
        at: '2026-12-03T10:40:00.000Z',
        isWinner: true,
      },
    ],
    ...overrides,
  };
}

/** A client deleted at Liberec while Jablonec edited them. */
export function deleteConflict(): ReviewItem {
  return {
    ...phoneConflict(),
    id: `clients/${clientId}/deleted`,
    kind: 'deleteEdit',
    column: 'deleted',
    label: 'Smazáno',
    values: [
      { ...phoneConflict().values[0]!, value: 1, isWinner: true },
      { ...phoneConflict().values[1]!, value: 0, isWinner: false },
    ],
  };
}
