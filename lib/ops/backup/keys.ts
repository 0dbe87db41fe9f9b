import { createHmac, hkdfSync, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { BackupError } from './errors';

// Where a backup's key comes from: a passphrase (LEAVEN_BACKUP_PASSPHRASE), stretched with scrypt
// so that guessing it is slow, or a key file (LEAVEN_BACKUP_KEY_FILE) of random bytes. The file's
// header records which one and the salt; the key itself is never written anywhere.

export type TKeySource = { kind: 'passphrase'; passphrase: string } | { kind: 'key-file'; path: string; bytes: Buffer };

/** What the header says about the key: enough to derive it again from the same secret. */
export type TKeyHeader =
  | { kind: 'passphrase'; kdf: 'scrypt'; N: number; r: number; p: number; salt: string; check: string }
  | { kind: 'key-file'; kdf: 'hkdf-sha256'; salt: string; check: string };

const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const MIN_PASSPHRASE = 12;
const MIN_KEY_FILE = 32;

/** The key source the environment names, or null when it names none. */
export async function keySourceFromEnv(vars: NodeJS.ProcessEnv = process.env): Promise<TKeySource | null> {
  const file = vars.LEAVEN_BACKUP_KEY_FILE?.trim();
  if (file) {
    let bytes: Buffer;
    try {
      bytes = Buffer.from((await readFile(file, 'utf8')).trim(), 'utf8');
    } catch {
      throw new BackupError(`LEAVEN_BACKUP_KEY_FILE names ${file}, which cannot be read: check the path and its permissions.`);
    }
    if (bytes.length < MIN_KEY_FILE) {
      throw new BackupError(`The key file ${file} is too short: make one with \`openssl rand -base64 32 > ${file}\`.`);
    }
    return { kind: 'key-file', path: file, bytes };
  }
  const passphrase = vars.LEAVEN_BACKUP_PASSPHRASE;
  if (passphrase) {
    if (passphrase.length < MIN_PASSPHRASE) throw new BackupError(`LEAVEN_BACKUP_PASSPHRASE is too short: use at least ${MIN_PASSPHRASE} characters.`);
    return { kind: 'passphrase', passphrase };
  }
  return null;
}

function scryptKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase, salt, 32, { ...params, maxmem: 256 * params.N * params.r }, (e, key) => (e ? reject(e) : resolve(key))),
  );
}

// A short value derived from the key, kept in the header: a wrong passphrase is then told apart
// from a damaged file. It reveals no more than the encrypted data itself does.
const checkOf = (key: Buffer) => createHmac('sha256', key).update('leaven-backup-key-check').digest().subarray(0, 16).toString('base64');

/** A fresh key for a new backup, and the header that lets the same secret derive it again. */
export async function newKey(source: TKeySource): Promise<{ key: Buffer; header: TKeyHeader }> {
  const salt = randomBytes(16);
  if (source.kind === 'key-file') {
    const key = Buffer.from(hkdfSync('sha256', source.bytes, salt, 'leaven-backup', 32));
    return { key, header: { kind: 'key-file', kdf: 'hkdf-sha256', salt: salt.toString('base64'), check: checkOf(key) } };
  }
  const key = await scryptKey(source.passphrase, salt, SCRYPT);
  return { key, header: { kind: 'passphrase', kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), check: checkOf(key) } };
}

// A restore reads the file twice (through, then to load): the slow derivation is done once.
const derived = new WeakMap<TKeySource, Map<string, Buffer>>();

/** Derives the key a backup was written with, or says in one line why it cannot. */
export async function keyFor(header: TKeyHeader, source: TKeySource | null): Promise<Buffer> {
  const known = source && derived.get(source)?.get(`${header.kind}:${header.salt}:${header.check}`);
  if (known) return known;
  const key = await deriveKey(header, source);
  if (!derived.has(source!)) derived.set(source!, new Map());
  derived.get(source!)!.set(`${header.kind}:${header.salt}:${header.check}`, key);
  return key;
}

async function deriveKey(header: TKeyHeader, source: TKeySource | null): Promise<Buffer> {
  const wanted = header.kind === 'key-file' ? 'LEAVEN_BACKUP_KEY_FILE (the key file it was made with)' : 'LEAVEN_BACKUP_PASSPHRASE';
  if (!source) throw new BackupError(`This backup is encrypted: set ${wanted} to open it.`);
  if (source.kind !== header.kind) throw new BackupError(`This backup was encrypted with a ${header.kind === 'key-file' ? 'key file' : 'passphrase'}: set ${wanted} to open it.`);
  const salt = Buffer.from(header.salt, 'base64');
  let key: Buffer;
  if (header.kind === 'key-file' && source.kind === 'key-file') {
    key = Buffer.from(hkdfSync('sha256', source.bytes, salt, 'leaven-backup', 32));
  } else if (header.kind === 'passphrase' && source.kind === 'passphrase') {
    // Bounds keep a crafted header from asking for gigabytes of memory.
    if (header.N > 2 ** 20 || header.r > 16 || header.p > 4) throw new BackupError('This file is not a Leaven backup, or it was damaged.');
    key = await scryptKey(source.passphrase, salt, header);
  } else {
    throw new BackupError('This file is not a Leaven backup, or it was damaged.');
  }
  const expected = Buffer.from(header.check, 'base64');
  const got = Buffer.from(checkOf(key), 'base64');
  if (expected.length !== got.length || !timingSafeEqual(expected, got)) {
    throw new BackupError(header.kind === 'key-file' ? 'This key file does not open this backup: use the one it was made with.' : 'Wrong passphrase: LEAVEN_BACKUP_PASSPHRASE does not open this backup.');
  }
  return key;
}
