import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './runtime';

// `npm start` builds the app only when no build of the current sources exists. The stamp is a
// hash of the sources' contents (not their times, which a fresh clone resets).
const SOURCES = ['app', 'components', 'lib', 'messages', 'public', 'prisma/schema.prisma', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
const SKIP = new Set(['generated', 'node_modules', '.next']);
const STAMP = path.join(ROOT, '.next', 'leaven-build-stamp');

function* files(p: string): Generator<string> {
  if (!existsSync(p)) return;
  if (statSync(p).isFile()) {
    yield p;
    return;
  }
  for (const entry of readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(entry.name)) continue;
    yield* files(path.join(p, entry.name));
  }
}

export function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of files(path.join(ROOT, source))) {
      hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceFingerprint();
}

/** Runs `next build` unless the current sources are already built. Returns whether it built. */
export function ensureBuild(log: (line: string) => void = console.log): boolean {
  if (buildIsCurrent()) return false;
  log('Building Leaven (once per change of its sources; about a minute)…');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    const error = new Error('The app did not build: the lines above say why. Fix that, then start again.');
    error.name = 'StartError';
    throw error;
  }
  writeFileSync(STAMP, sourceFingerprint());
  return true;
}
