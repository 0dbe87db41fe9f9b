import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { backupDatabase, type TBackupOptions, type TBackupResult } from './dump';

// A backup written to a file as a whole or not at all: into `<file>.partial` (readable by its owner
// only), renamed once complete, so a crash or a full disk never leaves a file that looks finished.

export type TBackupFile = TBackupResult & { file: string; bytes: number; ms: number };

export const backupFileName = (at: Date, prefix = 'leaven') => `${prefix}-${at.toISOString().replace(/[:.]/g, '-')}.leaven-backup`;

export async function backupToFile(url: string, file: string, options: TBackupOptions): Promise<TBackupFile> {
  const started = Date.now();
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { mode: 0o600, flags: 'w' });
  try {
    const result = await backupDatabase(url, out, options);
    // On the disk before it takes its final name: a power cut then leaves no finished-looking half file.
    const handle = await open(partial, 'r+');
    await handle.sync().finally(() => handle.close());
    await rename(partial, file);
    return { ...result, file, bytes: (await stat(file)).size, ms: Date.now() - started };
  } catch (e) {
    out.destroy();
    await rm(partial, { force: true });
    throw e;
  }
}
