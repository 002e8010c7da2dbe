import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../db/contract/result.ts';
import {
  keepKey,
  keptKeyPath,
  readKeptKey,
  type OsKeystore,
} from '../../../../db/security/database-keys/os-keystore.ts';
import {
  keyFilePath,
  readKeyFile,
  unwrapWithPassword,
} from '../../../../db/security/database-keys/key-file.ts';
import { startApp, type StartedApp } from '../../../../db/start-app.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import { admin, ok } from './encryption-fixture.ts';

/*
 * Issue 12: "in Electron the key is kept with safeStorage (OS keystore)". The desktop shell
 * hands db/start-app.ts a keystore (electron/os-keystore.ts wraps safeStorage); here the
 * dependency is an object of the test's own that seals as an OS keystore does — with a secret
 * the files do not hold (AES-256-GCM under a key of this keystore). With one, the key is kept
 * beside the database (`.keys.os`) after the first unlock or when the first-run form encrypts
 * a new database, and the next start opens the file without a password (people still sign
 * in). Without one, or when what was kept does not open (another computer's keystore, another
 * database), the start is locked and asks for a password.
 */

const petra = { userName: admin.PRISTAV_USER, password: admin.PRISTAV_PASSWORD };

/** A keystore as the OS offers one: what it seals, only it opens. */
function fakeKeystore(): OsKeystore & { sealed: number } {
  const secret = randomBytes(32);
  return {
    sealed: 0,
    seal(text) {
      this.sealed++;
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, nonce);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([nonce, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', secret, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString();
    },
  };
}

let temp: ReturnType<typeof makeTempDir> | undefined;
const started: StartedApp[] = [];
afterEach(async () => {
  for (const one of started.splice(0)) {
    await one.app?.idle();
    one.close();
  }
  temp?.cleanup();
});

async function start(file: string, keystore?: OsKeystore): Promise<StartedApp> {
  const one = await startApp({ file, ...(keystore ? { keystore } : {}) });
  started.push(one);
  return one;
}

async function stop(one: StartedApp) {
  await one.app?.idle();
  one.close();
  started.splice(started.indexOf(one), 1);
}

const call = (one: StartedApp, method: string, input: unknown = {}) =>
  one.api.invoke(method, input, 'cs') as Promise<Result<unknown>>;

async function encryptedDatabase() {
  temp = makeTempDir();
  const file = join(temp.dir, 'pristav.sqlite');
  await ok(
    {},
    ...['--db', file, 'init', '--site', 'Centrum', '--town', 'Liberec', '--hq'],
    ...['--admin', petra.userName, '--password', petra.password],
  );
  const key = await unwrapWithPassword(
    readKeyFile(keyFilePath(file))!,
    petra.userName,
    petra.password,
  );
  return { file, key: key! };
}

describe('the database key kept by the OS keystore', () => {
  it('is kept after the first unlock; the next start opens without a password, people sign in', async () => {
    const { file, key } = await encryptedDatabase();
    const keystore = fakeKeystore();

    const first = await start(file, keystore);
    expect((await call(first, 'app.info')).ok).toBe(false);
    expect(existsSync(keptKeyPath(file))).toBe(false);
    // A wrong password keeps nothing.
    await call(first, 'database.unlock', { ...petra, password: 'spatne-heslo' });
    expect(existsSync(keptKeyPath(file))).toBe(false);
    expect(await call(first, 'database.unlock', petra)).toMatchObject({ ok: true });
    expect(readKeptKey(file, keystore)).toBe(key);
    // The file beside the database holds the key only sealed.
    expect(readFileSync(keptKeyPath(file), 'utf8')).not.toContain(key.slice(2, 66));
    await stop(first);

    const next = await start(file, keystore);
    expect(await call(next, 'app.info')).toMatchObject({
      ok: true,
      value: { site: { name: 'Centrum' } },
    });
    expect(await call(next, 'session.status')).toMatchObject({
      ok: true,
      value: { isSignInRequired: true, user: null },
    });
    expect(await call(next, 'clients.list')).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED' },
    });
    expect(await call(next, 'database.unlock', petra)).toMatchObject({ ok: true });
  });

  it('is kept when the first-run form encrypts a new database', async () => {
    temp = makeTempDir();
    const file = join(temp.dir, 'pristav.sqlite');
    const keystore = fakeKeystore();
    const first = await start(file, keystore);
    expect(
      await call(first, 'site.create', {
        name: 'Centrum',
        town: 'Liberec',
        isHq: true,
        adminName: petra.userName,
        adminPassword: petra.password,
      }),
    ).toMatchObject({ ok: true });
    const key = await unwrapWithPassword(
      readKeyFile(keyFilePath(file))!,
      petra.userName,
      petra.password,
    );
    expect(readKeptKey(file, keystore)).toBe(key);
    await stop(first);

    const next = await start(file, keystore);
    expect(await call(next, 'app.info')).toMatchObject({
      ok: true,
      value: { site: { name: 'Centrum' } },
    });
  });

  it('asks for a password where there is no keystore, or what was kept does not open', async () => {
    const { file, key } = await encryptedDatabase();

    const without = await start(file);
    expect(await call(without, 'app.info')).toMatchObject({ error: { code: 'DB_LOCKED' } });
    await stop(without);

    // Sealed by another computer's (or account's) keystore: this one cannot open it.
    keepKey(file, key, fakeKeystore());
    const keystore = fakeKeystore();
    const elsewhere = await start(file, keystore);
    expect(await call(elsewhere, 'app.info')).toMatchObject({ error: { code: 'DB_LOCKED' } });
    await stop(elsewhere);

    // Kept for another database that stood at this path: forgotten, and asked for again.
    keepKey(file, `x'${'ab'.repeat(32)}'`, keystore);
    const stale = await start(file, keystore);
    expect(await call(stale, 'app.info')).toMatchObject({ error: { code: 'DB_LOCKED' } });
    expect(existsSync(keptKeyPath(file))).toBe(false);
    expect(await call(stale, 'database.unlock', petra)).toMatchObject({ ok: true });
    expect(readKeptKey(file, keystore)).toBe(key);

    // Not a file of ours at all: asked for, not a crash.
    writeFileSync(keptKeyPath(file), 'garbage');
    expect(readKeptKey(file, keystore)).toBeUndefined();
  });
});
