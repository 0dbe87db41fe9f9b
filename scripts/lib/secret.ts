import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { authSecretFile, readAuthSecret } from '../../lib/ops/paths';
import { STATE_DIR } from './runtime';

/** AUTH_SECRET from the environment, else one generated on first start and kept in the data folder. */
export function authSecret(): string {
  const file = authSecretFile(STATE_DIR);
  if (!process.env.AUTH_SECRET && !existsSync(file)) {
    mkdirSync(STATE_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readAuthSecret(process.env, STATE_DIR)!;
}
