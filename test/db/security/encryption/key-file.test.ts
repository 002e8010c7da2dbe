import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../../db/contract/errors.ts';
import { generateDatabaseKey, keyPragmas } from '../../../../db/connection/database-key.ts';
import {
  emptyKeyFile,
  readKeyFile,
  unwrapWithPassword,
  withEntry,
  wrapForPassword,
  writeKeyFile,
} from '../../../../db/security/database-keys/key-file.ts';
import { isPristavError } from '../../../../db/errors.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';

describe('the database key file', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  it('generated keys are raw 256-bit keys for the SQLCipher scheme; other keys stay passphrases', () => {
    const key = generateDatabaseKey();
    expect(key).toMatch(/^x'[0-9a-f]{64}'$/);
    expect(generateDatabaseKey()).not.toBe(key);
    expect(keyPragmas(key)).toEqual([
      "cipher = 'sqlcipher'",
      'legacy = 4',
      `key = "${key}"`,
      'temp_store = MEMORY',
    ]);
    expect(keyPragmas("it's secret")).toEqual(["key = 'it''s secret'", 'temp_store = MEMORY']);
    expect(keyPragmas(undefined)).toEqual([]);
  });

  it('unwraps the key with the right password only, for the right name however typed', async () => {
    const key = generateDatabaseKey();
    const path = join(temp.dir, 'pristav.sqlite.keys.json');
    let file = withEntry(
      emptyKeyFile(),
      await wrapForPassword(key, { id: 'u1', name: 'Soňa Sociální' }, 'heslo-1'),
    );
    file = withEntry(file, await wrapForPassword(key, { id: 'u2', name: 'Pavel' }, 'heslo-2'));
    writeKeyFile(path, file);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.stringify(readKeyFile(path))).not.toContain(key.slice(2, 66));

    const read = readKeyFile(path)!;
    expect(await unwrapWithPassword(read, 'sona socialni', 'heslo-1')).toBe(key);
    expect(await unwrapWithPassword(read, 'Pavel', 'heslo-2')).toBe(key);
    expect(await unwrapWithPassword(read, 'Pavel', 'heslo-1')).toBeNull();
    expect(await unwrapWithPassword(read, 'Nikdo', 'heslo-1')).toBeNull();

    // A new password replaces the user's entry: the old one no longer opens.
    const replaced = withEntry(
      read,
      await wrapForPassword(key, { id: 'u2', name: 'Pavel' }, 'nove-heslo'),
    );
    expect(replaced.entries).toHaveLength(2);
    expect(await unwrapWithPassword(replaced, 'Pavel', 'heslo-2')).toBeNull();
    expect(await unwrapWithPassword(replaced, 'Pavel', 'nove-heslo')).toBe(key);
  });

  it('an altered entry does not open; an entry moved to another name does not open', async () => {
    const key = generateDatabaseKey();
    const entry = await wrapForPassword(key, { id: 'u1', name: 'Jana' }, 'heslo');
    const flipped = Buffer.from(entry.sealed, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    const altered = withEntry(emptyKeyFile(), { ...entry, sealed: flipped.toString('base64url') });
    expect(await unwrapWithPassword(altered, 'Jana', 'heslo')).toBeNull();
    const moved = withEntry(emptyKeyFile(), { ...entry, nameKey: 'eva' });
    expect(await unwrapWithPassword(moved, 'Eva', 'heslo')).toBeNull();
  });

  it('a file that is not a key file is refused with one Czech line; no file is null', () => {
    const path = join(temp.dir, 'x.keys.json');
    expect(readKeyFile(path)).toBeNull();
    for (const text of ['{"format":', '{"format":"pristav-db-keys","version":1,"entries":[{}]}']) {
      writeFileSync(path, text);
      chmodSync(path, 0o600);
      let caught: unknown;
      try {
        readKeyFile(path);
      } catch (error) {
        caught = error;
      }
      expect(isPristavError(caught) && caught.code).toBe('DB_KEY_FILE_DAMAGED');
      if (isPristavError(caught)) {
        expect(errorMessage(caught.code, 'cs', caught.params)).toContain('je poškozený');
      }
    }
  });
});
