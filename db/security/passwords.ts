import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/*
 * Password hashes: scrypt (memory-hard, in node:crypto), a random salt per password, the cost
 * stored with the hash so it can be raised later without invalidating old ones. N = 2^15,
 * r = 8 costs ~0.1 s on this 2-core machine and 32 MiB: slow for a guesser with a stolen
 * copy, unnoticed by a person signing in.
 */
const cost = { log2N: 15, r: 8, p: 1 };
const keyLength = 32;

function derive(
  password: string,
  salt: Buffer,
  log2N: number,
  r: number,
  p: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const N = 2 ** log2N;
    scrypt(
      password.normalize('NFC'),
      salt,
      keyLength,
      { N, r, p, maxmem: 256 * N * r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** `scrypt$15$8$1$<salt>$<hash>` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost.log2N, cost.r, cost.p);
  return [
    'scrypt',
    cost.log2N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Whether `password` matches `stored`; false for an empty or unreadable hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [log2N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![log2N, r, p].every((n) => Number.isInteger(n) && n > 0) || log2N > 20) return false;
  const expected = Buffer.from(parts[5]!, 'base64url');
  if (expected.length !== keyLength) return false;
  const key = await derive(password, Buffer.from(parts[4]!, 'base64url'), log2N, r, p);
  return timingSafeEqual(key, expected);
}
