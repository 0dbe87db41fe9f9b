import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BackupError } from './errors';

// AES-256-GCM over a stream, in segments (the "STREAM" construction): each segment is sealed on
// its own with a nonce made of a random prefix, the segment's number and a flag that marks the
// last one. Reordered, dropped or changed segments fail to open, and a file that ends before its
// last segment is known to be truncated. Every segment also authenticates the file's header line.
//
// Frame: [1 byte: 1 if last][4 bytes: length of the ciphertext][ciphertext][16 bytes: tag].

export const SEGMENT = 64 * 1024;
const TAG = 16;
const FRAME_HEAD = 5;

function nonceOf(prefix: Buffer, counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  prefix.copy(nonce, 0, 0, 7);
  nonce.writeUInt32BE(counter, 7);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

export const newNoncePrefix = () => randomBytes(7);

export class SealStream extends Transform {
  private pending: Buffer[] = [];
  private size = 0;
  private counter = 0;

  constructor(
    private readonly key: Buffer,
    private readonly prefix: Buffer,
    private readonly aad: Buffer,
  ) {
    super();
  }

  private frame(plain: Buffer, last: boolean): Buffer {
    const cipher = createCipheriv('aes-256-gcm', this.key, nonceOf(this.prefix, this.counter++, last));
    cipher.setAAD(this.aad);
    const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    const head = Buffer.alloc(FRAME_HEAD);
    head[0] = last ? 1 : 0;
    head.writeUInt32BE(body.length - TAG, 1);
    return Buffer.concat([head, body]);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.pending.push(chunk);
    this.size += chunk.length;
    // Keep at least one byte back: only the end of the input says which segment is the last.
    if (this.size > SEGMENT) {
      let all = Buffer.concat(this.pending);
      while (all.length > SEGMENT) {
        this.push(this.frame(all.subarray(0, SEGMENT), false));
        all = all.subarray(SEGMENT);
      }
      this.pending = [all];
      this.size = all.length;
    }
    done();
  }

  override _flush(done: TransformCallback) {
    this.push(this.frame(Buffer.concat(this.pending), true));
    done();
  }
}

export class OpenStream extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  private counter = 0;
  private ended = false;

  constructor(
    private readonly key: Buffer,
    private readonly prefix: Buffer,
    private readonly aad: Buffer,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    try {
      while (this.buffer.length >= FRAME_HEAD) {
        if (this.ended) throw new BackupError('This backup file has data after its end: it was damaged or changed.');
        const last = this.buffer[0] === 1;
        const length = this.buffer.readUInt32BE(1);
        if (this.buffer[0]! > 1 || length > SEGMENT) throw new BackupError('This backup file is damaged or was changed: it cannot be opened.');
        const total = FRAME_HEAD + length + TAG;
        if (this.buffer.length < total) break;
        const decipher = createDecipheriv('aes-256-gcm', this.key, nonceOf(this.prefix, this.counter++, last));
        decipher.setAAD(this.aad);
        decipher.setAuthTag(this.buffer.subarray(FRAME_HEAD + length, total));
        let plain: Buffer;
        try {
          plain = Buffer.concat([decipher.update(this.buffer.subarray(FRAME_HEAD, FRAME_HEAD + length)), decipher.final()]);
        } catch {
          throw new BackupError('This backup file is damaged or was changed: a part of it does not open with its key.');
        }
        this.push(plain);
        this.buffer = this.buffer.subarray(total);
        this.ended = last;
      }
      done();
    } catch (e) {
      done(e as Error);
    }
  }

  override _flush(done: TransformCallback) {
    if (!this.ended || this.buffer.length > 0) return done(new BackupError('This backup file is incomplete: it ends before its last part (was it cut short while copying?).'));
    done();
  }
}
