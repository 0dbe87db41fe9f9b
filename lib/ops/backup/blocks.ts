import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { BackupError } from './errors';

// The content of a backup, inside the compression and the seal: a sequence of blocks, each one
// byte of kind, four of length, then its bytes. JSON blocks describe; `rows` blocks carry
// PostgreSQL's COPY text as the server sent it, so a restore hands them back unparsed.

const KINDS = { manifest: 0x4d, table: 0x54, rows: 0x44, tableEnd: 0x45, end: 0x5a } as const;
export type TBlockKind = keyof typeof KINDS;
const BY_CODE = new Map<number, TBlockKind>(Object.entries(KINDS).map(([k, v]) => [v, k as TBlockKind]));
const MAX_BLOCK = 64 * 1024 * 1024;

export type TBlock = { kind: TBlockKind; payload: Buffer };

/** Writes one block, waiting while the stream is full, so a slow disk slows the reader down. */
export async function writeBlock(out: Writable, kind: TBlockKind, payload: Buffer | string): Promise<void> {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const head = Buffer.alloc(5);
  head[0] = KINDS[kind];
  head.writeUInt32BE(body.length, 1);
  out.write(head);
  if (!out.write(body)) await once(out, 'drain');
}

export const writeJsonBlock = (out: Writable, kind: TBlockKind, value: unknown) => writeBlock(out, kind, JSON.stringify(value));

export async function* readBlocks(input: Readable): AsyncGenerator<TBlock> {
  let buffer: Buffer = Buffer.alloc(0);
  for await (const chunk of input as AsyncIterable<Buffer>) {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    while (buffer.length >= 5) {
      const kind = BY_CODE.get(buffer[0]!);
      const length = buffer.readUInt32BE(1);
      if (!kind || length > MAX_BLOCK) throw new BackupError('This backup file is damaged: its content is not in the expected form.');
      if (buffer.length < 5 + length) break;
      yield { kind, payload: buffer.subarray(5, 5 + length) };
      buffer = buffer.subarray(5 + length);
    }
  }
  if (buffer.length > 0) throw new BackupError('This backup file is incomplete: it ends in the middle of its content.');
}

export function parseJsonBlock<T>(block: TBlock, kind: TBlockKind): T {
  if (block.kind !== kind) throw new BackupError('This backup file is damaged: its content is not in the expected order.');
  try {
    return JSON.parse(block.payload.toString('utf8')) as T;
  } catch {
    throw new BackupError('This backup file is damaged: a part of it does not read.');
  }
}
