import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// An installation's own folder (`.leaven/` in the checkout, or LEAVEN_DATA_DIR): the embedded
// database (pgdata/), its password (pg-password), the session key (auth-secret) and, unless
// LEAVEN_BACKUP_DIR says otherwise, the scheduled backups (backups/). Relative paths are taken
// from `base`: the checkout for the scripts, the working directory for the app (which
// scripts/start.ts starts there, with LEAVEN_DATA_DIR made absolute).

type TVars = Record<string, string | undefined>;

export function dataDir(vars: TVars = process.env, base = process.cwd()): string {
  return path.resolve(base, vars.LEAVEN_DATA_DIR?.trim() || '.leaven');
}

export function backupDir(vars: TVars = process.env, base = process.cwd()): string {
  const given = vars.LEAVEN_BACKUP_DIR?.trim();
  return given ? path.resolve(base, given) : path.join(dataDir(vars, base), 'backups');
}

export const authSecretFile = (dir: string) => path.join(dir, 'auth-secret');

/** The session key as the app uses it: AUTH_SECRET, else the one generated into the data folder. */
export function readAuthSecret(vars: TVars, dir: string): string | null {
  if (vars.AUTH_SECRET) return vars.AUTH_SECRET;
  const file = authSecretFile(dir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}
