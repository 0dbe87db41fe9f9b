import { z } from 'zod';

// The server's environment, read and validated once. Scripts (start, test, seed) set these
// before the app starts; see README "Configuration".
const blank = (v: unknown) => (v === '' ? undefined : v);
const ZEnv = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set: start Leaven with `npm start`, or set it to a PostgreSQL URL.' })
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'DATABASE_URL must start with postgres:// or postgresql://'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  // '1' (the end-to-end tests): a missing translation fails the render instead of showing its key.
  LEAVEN_STRICT_I18N: z.string().optional().transform((v) => v === '1'),
  // The address people reach Leaven at, for links sent to them (lib/auth/origin.ts).
  AUTH_URL: z.preprocess(blank, z.url({ error: 'AUTH_URL must be a full address, such as https://leaven.example.org' }).optional()),
  // Email for invitations and password resets (lib/mail.ts): e.g. smtps://user:pass@mail.example.org:465.
  SMTP_URL: z.preprocess(blank, z.url({ error: 'SMTP_URL must be an address such as smtps://user:password@mail.example.org:465' }).optional()),
  SMTP_FROM: z.preprocess(blank, z.string().optional()),
  // What scheduled backups are encrypted with (lib/ops/backup/keys.ts reads and checks them).
  LEAVEN_BACKUP_PASSPHRASE: z.preprocess(blank, z.string().optional()),
  LEAVEN_BACKUP_KEY_FILE: z.preprocess(blank, z.string().optional()),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (!cached) {
    const parsed = ZEnv.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
    }
    cached = parsed.data;
  }
  return cached;
}

type TVars = Record<string, string | undefined>;

/** Where `npm start` serves: 127.0.0.1 unless HOST says otherwise, so only the proxy in front of it on the same machine reaches it. */
export function listenHost(vars: TVars = process.env): string {
  return vars.HOST?.trim() || '127.0.0.1';
}

/**
 * What a real organization's server lacks, each as one line with its fix (printed by `npm start`).
 * The demo needs none of it. `dataDir` is where the generated session key is kept.
 */
export function deploymentWarnings(vars: TVars, { demo, dataDir }: { demo: boolean; dataDir: string }): string[] {
  if (demo) return [];
  const warnings: string[] = [];
  if (!vars.AUTH_SECRET?.trim()) {
    warnings.push(`AUTH_SECRET is not set, so sessions use the key generated in ${dataDir}/auth-secret, which no other app server has: set AUTH_SECRET="$(cat ${dataDir}/auth-secret)" in the service's environment, the same on every server.`);
  }
  if (!vars.AUTH_URL?.trim()) {
    warnings.push('AUTH_URL is not set, so invitation and reset links take their address from each request: set AUTH_URL to the address people type, e.g. AUTH_URL=https://leaven.example.org.');
  }
  return warnings;
}
