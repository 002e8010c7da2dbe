import {
  createCipheriv,
  createDecipheriv,
  randomBytes,
  randomInt,
  scryptSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { PristavError } from '../errors.ts';
import { exportKey, importPublicKey, type StoredSiteKeys } from './file/index.ts';

/*
 * A branch's enrolment file (SYNC.md "Identities"):
 *
 *   8   magic "\x89PRENRL\n"      2  version (1)        4  envelope length E
 *   E   envelope: UTF-8 JSON {salt, nonce, hqSigningKey} (public)
 *   4   sealed length S           S  AES-256-GCM(bundle JSON), key = scrypt(passphrase, salt),
 *                                    associated data = every byte before it
 *   16  GCM tag                   64 Ed25519 signature of HQ over every byte before it
 *   …   a sync file from HQ to the branch with every operation so far (its own format)
 *
 * The bundle carries the organisation, the branch's site id and its key pair: HQ is the root of
 * trust and can read everything anyway, and the branch can then open the sync file that
 * follows. The passphrase is one-time and travels apart from the file (phone, paper): whoever
 * finds the stick alone reads nothing. A wrong passphrase and a damaged file both fail the tag.
 */

const MAGIC = Buffer.from([0x89, 0x50, 0x52, 0x45, 0x4e, 0x52, 0x4c, 0x0a]);
const VERSION = 1;
const MAX_PART = 64 * 1024;
/** scrypt N = 2^16, r = 8: 64 MiB and ~0.2 s here, once per enrolment. */
const scryptOptions = { N: 2 ** 16, r: 8, p: 1, maxmem: 160 * 1024 * 1024 };
export const enrolmentExtension = '.pristav-enrol';

export interface EnrolmentBundle {
  organisationId: string;
  organisationName: string;
  hqId: string;
  site: { id: string; name: string; town: string };
  keys: StoredSiteKeys;
}

const bundleSchema = z.strictObject({
  organisationId: z.uuid(),
  organisationName: z.string().max(200),
  hqId: z.uuid(),
  site: z.strictObject({ id: z.uuid(), name: z.string().max(100), town: z.string().max(100) }),
  keys: z.strictObject({
    signingPublicKey: z.string(),
    signingPrivateKey: z.string(),
    agreementPublicKey: z.string(),
    agreementPrivateKey: z.string(),
  }),
});

const envelopeSchema = z.strictObject({
  salt: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  nonce: z.string().regex(/^[A-Za-z0-9_-]{16}$/),
  hqSigningKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

/** 20 characters in 5 groups (Crockford's base32: no I, L, O, U to misread): 100 bits. */
export function newPassphrase(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const characters = Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]);
  return characters.join('').match(/.{4}/g)!.join('-');
}

/** What a person types: case, spaces and dashes do not matter; O/I/L read as 0/1/1. */
function normalisePassphrase(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

function keyFrom(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(normalisePassphrase(passphrase), salt, 32, scryptOptions);
}

function uint(bytes: number, value: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  buffer.writeUIntBE(value, 0, bytes);
  return buffer;
}

/**
 * Writes the enrolment file at `path`: the sealed bundle, then the sync file at `syncFilePath`
 * (streamed), via a temporary name, flushed and renamed.
 */
export async function writeEnrolmentFile(options: {
  path: string;
  bundle: EnrolmentBundle;
  passphrase: string;
  hqSigningKey: { privateKey: KeyObject; publicKey: KeyObject };
  syncFilePath: string;
}): Promise<void> {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const envelope = Buffer.from(
    JSON.stringify({
      salt: salt.toString('base64url'),
      nonce: nonce.toString('base64url'),
      hqSigningKey: exportKey(options.hqSigningKey.publicKey),
    }),
  );
  const plaintext = Buffer.from(JSON.stringify(options.bundle));
  const cipher = createCipheriv('aes-256-gcm', keyFrom(options.passphrase, salt), nonce);
  const prefix = Buffer.concat([MAGIC, uint(2, VERSION), uint(4, envelope.length), envelope]);
  const sealedLength = uint(4, plaintext.length);
  cipher.setAAD(Buffer.concat([prefix, sealedLength]));
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  const head = Buffer.concat([prefix, sealedLength, sealed]);
  const signature = sign(null, head, options.hqSigningKey.privateKey);

  const temporary = join(
    dirname(options.path),
    `.${basename(options.path)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const out = createWriteStream(temporary, { flags: 'wx', flush: true });
    out.write(head);
    out.write(signature);
    await pipeline(createReadStream(options.syncFilePath), out);
    await rename(temporary, options.path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface OpenedEnrolment {
  bundle: EnrolmentBundle;
  hqSigningKey: KeyObject;
  /** Where the embedded sync file starts in the enrolment file. */
  syncFileOffset: number;
}

/** Opens the sealed part with the passphrase and checks HQ's signature over it. */
export async function openEnrolmentFile(
  path: string,
  passphrase: string,
): Promise<OpenedEnrolment> {
  const invalid = () => new PristavError('ENROLMENT_FILE_INVALID', { path });
  const handle = await open(path, 'r').catch(() => {
    throw invalid();
  });
  try {
    const read = async (position: number, length: number) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      if (bytesRead !== length) throw invalid();
      return buffer;
    };
    const preamble = await read(0, 14);
    if (!preamble.subarray(0, 8).equals(MAGIC) || preamble.readUInt16BE(8) !== VERSION)
      throw invalid();
    const envelopeLength = preamble.readUInt32BE(10);
    if (envelopeLength > MAX_PART) throw invalid();
    const envelopeBytes = await read(14, envelopeLength);
    let envelope: z.infer<typeof envelopeSchema>;
    try {
      envelope = envelopeSchema.parse(JSON.parse(envelopeBytes.toString('utf8')));
    } catch {
      throw invalid();
    }
    const sealedLengthBytes = await read(14 + envelopeLength, 4);
    const sealedLength = sealedLengthBytes.readUInt32BE(0);
    if (sealedLength > MAX_PART) throw invalid();
    const sealedStart = 18 + envelopeLength;
    const sealed = await read(sealedStart, sealedLength + 16);
    const signature = await read(sealedStart + sealedLength + 16, 64);
    const head = Buffer.concat([preamble, envelopeBytes, sealedLengthBytes, sealed]);
    const hqSigningKey = importPublicKey('ed25519', envelope.hqSigningKey);
    if (!verify(null, head, hqSigningKey, signature)) throw invalid();

    let plaintext: Buffer;
    try {
      const decipher = createDecipheriv(
        'aes-256-gcm',
        keyFrom(passphrase, Buffer.from(envelope.salt, 'base64url')),
        Buffer.from(envelope.nonce, 'base64url'),
      );
      decipher.setAAD(Buffer.concat([preamble, envelopeBytes, sealedLengthBytes]));
      decipher.setAuthTag(sealed.subarray(sealedLength));
      plaintext = Buffer.concat([
        decipher.update(sealed.subarray(0, sealedLength)),
        decipher.final(),
      ]);
    } catch {
      throw new PristavError('ENROLMENT_WRONG_PASSPHRASE', { path });
    }
    const bundle = bundleSchema.safeParse(JSON.parse(plaintext.toString('utf8')));
    if (!bundle.success) throw invalid();
    return {
      bundle: bundle.data,
      hqSigningKey,
      syncFileOffset: sealedStart + sealedLength + 16 + 64,
    };
  } finally {
    await handle.close();
  }
}

/** Copies the embedded sync file out, so the ordinary import opens it by path. */
export async function extractSyncFile(path: string, offset: number, target: string): Promise<void> {
  await pipeline(
    createReadStream(path, { start: offset }),
    createWriteStream(target, { flags: 'wx' }),
  );
}
