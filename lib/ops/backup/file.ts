import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BackupError } from './errors';
import { keyFor, newKey, type TKeyHeader, type TKeySource } from './keys';
import { newNoncePrefix, OpenStream, SealStream } from './seal';

// A backup file: one line of JSON saying how the rest is sealed, then the content, compressed
// (gzip) and, unless asked otherwise, encrypted (seal.ts). The header line carries no data.

const MAGIC = 'LEAVEN-BACKUP ';
const MAX_HEADER = 4096;

type THeader = { version: 1; encryption: 'aes-256-gcm'; key: TKeyHeader; nonce: string } | { version: 1; encryption: 'none' };

/** Starts writing a backup to `out`; write the content to `input`, end it, then await `done`. */
export async function writeBackupFile(out: Writable, source: TKeySource | null): Promise<{ input: Writable; done: Promise<void> }> {
  const gzip = createGzip({ level: 3 });
  let header: THeader;
  let seal: SealStream | null = null;
  if (source) {
    const { key, header: keyHeader } = await newKey(source);
    const prefix = newNoncePrefix();
    header = { version: 1, encryption: 'aes-256-gcm', key: keyHeader, nonce: prefix.toString('base64') };
    const line = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`);
    seal = new SealStream(key, prefix, line);
    out.write(line);
  } else {
    header = { version: 1, encryption: 'none' };
    out.write(`${MAGIC}${JSON.stringify(header)}\n`);
  }
  const done = seal ? pipeline(gzip, seal, out) : pipeline(gzip, out);
  return { input: gzip, done };
}

/** Reads the header line: its parsed form and its exact bytes (which every segment authenticates). */
async function readHeader(path: string): Promise<{ header: THeader; line: Buffer }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new BackupError(`There is no backup file at ${path}.`);
  }
  try {
    const buffer = Buffer.alloc(MAX_HEADER);
    const { bytesRead } = await handle.read(buffer, 0, MAX_HEADER, 0);
    const end = buffer.subarray(0, bytesRead).indexOf(0x0a);
    const text = end > 0 ? buffer.subarray(0, end).toString('utf8') : '';
    if (!text.startsWith(MAGIC)) throw new BackupError(`${path} is not a Leaven backup file.`);
    let header: THeader;
    try {
      header = JSON.parse(text.slice(MAGIC.length)) as THeader;
    } catch {
      throw new BackupError(`${path} is not a Leaven backup file, or its first line was damaged.`);
    }
    if (header.version !== 1) throw new BackupError(`${path} was written by a newer Leaven (backup format ${String(header.version)}): restore it with that version.`);
    return { header, line: buffer.subarray(0, end + 1) };
  } finally {
    await handle.close();
  }
}

/** The content of a backup file, opened and decompressed; a wrong key fails before any content is read. */
export async function readBackupFile(path: string, source: TKeySource | null): Promise<{ content: Readable; encrypted: boolean }> {
  const { header, line } = await readHeader(path);
  const raw = createReadStream(path, { start: line.length });
  // gzip's own check (its length and CRC at the end) makes a cut or damaged file an error here too.
  const gunzip = createGunzip();
  const fail = (e: unknown) => gunzip.destroy(damaged(e));
  if (header.encryption === 'none') {
    raw.on('error', fail).pipe(gunzip);
    return { content: gunzip, encrypted: false };
  }
  if (header.encryption !== 'aes-256-gcm') throw new BackupError(`${path} is sealed in a way this Leaven does not know (${String((header as { encryption: unknown }).encryption)}).`);
  const key = await keyFor(header.key, source);
  const opened = new OpenStream(key, Buffer.from(header.nonce, 'base64'), line);
  raw.on('error', fail).pipe(opened).on('error', fail).pipe(gunzip);
  return { content: gunzip, encrypted: true };
}

/** Any failure while reading, as one sentence. */
function damaged(e: unknown): BackupError {
  if (e instanceof BackupError) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code.startsWith('Z_') || code === 'ERR_ZLIB') return new BackupError('This backup file is incomplete or damaged: its content does not decompress to the end.');
  return new BackupError(`The backup file could not be read: ${e instanceof Error ? e.message : String(e)}`);
}
