import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { searchClients } from '../../../db/clients/client-search.ts';
import { openStore } from '../../../db/open-app.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

let close: (() => void) | undefined;
afterEach(() => close?.());

const client = (familyName: string) => ({
  familyName,
  givenNames: 'Lan',
  nationality: 'VN',
  consentDate: '2026-11-01',
});

describe('search results stay current', () => {
  it('orders by Czech name order and sees writes of this and of another connection', async () => {
    const temp = await openTempStore();
    const other = await openStore({ file: temp.file, mode: 'open' });
    close = () => {
      other.sqlite.close();
      temp.close();
    };
    const api = createApi(temp.store);
    await api.invoke('clients.create', client('Trần'), 'cs');
    await api.invoke('clients.create', client('Chu'), 'cs');
    expect(searchClients(temp.store, 'lan', 10).map((c) => c.displayName)).toEqual(
      ['Trần Lan', 'Chu Lan'].sort((a, b) => new Intl.Collator('cs').compare(a, b)),
    );
    // Written through another connection (the CLI while the app is open).
    await createApi(other).invoke('clients.create', client('Cao'), 'cs');
    expect(searchClients(temp.store, 'lan', 10).map((c) => c.displayName)).toEqual([
      'Cao Lan',
      'Chu Lan',
      'Trần Lan',
    ]);
    await api.invoke('clients.create', client('Bùi'), 'cs');
    expect(searchClients(temp.store, 'lan', 10)[0]?.displayName).toBe('Bùi Lan');
  });
});
