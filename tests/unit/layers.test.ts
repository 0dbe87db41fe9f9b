import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The architecture, checked: lib/ is a stack of layers, each importing only from the layers
// below it (or from itself), so no two folders import each other and a rule has one home.
// A new folder must be placed here; README "How the code is laid out" describes each.
const LAYERS: readonly (readonly string[])[] = [
  ['generated'], // Prisma's client and types, generated from schema.prisma
  ['env', 'errors', 'vocabulary'], // what everything shares: the environment, the one error type, shared words
  ['format', 'mobilization', 'csv', 'otp', 'http'], // pure helpers: the organization's clock and dates, phones, names, CSV writing, one-time passwords, security headers
  ['validation', 'i18n'], // zod schemas (safe for client components); the locale and its messages
  ['import', 'osdi', 'ward'], // pure domain logic: reading files, OSDI's shapes, the ward's figures
  ['access'], // who may do what: the actor, the capability table, every entity's scope
  ['db', 'ops', 'mail'], // the database doors, database plumbing for scripts, outgoing mail
  ['data'], // the data-access layer, by area
  ['jobs', 'auth'], // background work over the data layer; sign-in and the session's actor
  ['entry'], // the wrappers every server entry goes through: actions, route handlers, pages
];

const ROOT = path.resolve(import.meta.dirname, '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (rel !== 'lib/generated') yield* sources(rel);
    } else if (/\.(ts|tsx)$/.test(entry.name)) yield rel;
  }
}

/** The repository path an import names, or null for a package. */
function target(file: string, spec: string): string | null {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return path.normalize(path.join(path.dirname(file), spec));
  return null;
}

const libFolder = (p: string) => p.split('/')[1]!.replace(/\.tsx?$/, '');
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

function imports(dir: string): { file: string; to: string }[] {
  return [...sources(dir)].flatMap((file) =>
    [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(IMPORT)].flatMap((m) => {
      const to = target(file, m[1]!);
      return to ? [{ file, to }] : [];
    }),
  );
}

describe('the layers of lib/', () => {
  const edges = imports('lib').filter((e) => e.to.startsWith('lib/') && libFolder(e.file) !== libFolder(e.to));

  it('places every folder of lib/ in a layer', () => {
    const folders = new Set([...sources('lib')].map(libFolder));
    expect([...folders].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('imports only downwards: no folder imports one above it or beside it', () => {
    const upward = edges
      .filter((e) => layerOf(libFolder(e.to)) >= layerOf(libFolder(e.file)))
      .map((e) => `${e.file} -> ${e.to}`);
    expect(upward).toEqual([]);
  });
});

describe('components/', () => {
  it('never imports app/: shared components get their server actions as props', () => {
    const up = imports('components').filter((e) => e.to.startsWith('app/')).map((e) => `${e.file} -> ${e.to}`);
    expect(up).toEqual([]);
  });
});
