import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Every page, API route and server action the app exposes, generated from the source tree and
// the build, so that a new one without an entry in the matrix fails the authorization test.

const ROOT = path.resolve(import.meta.dirname, '../../..');
const APP = path.join(ROOT, 'app');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** '/people/[id]' for app/(app)/people/[id]/page.tsx: route groups and private folders dropped. */
function routeOf(file: string): string {
  const parts = path.relative(APP, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${parts.join('/')}`;
}

export function pageRoutes(): string[] {
  return walk(APP).filter((f) => /\/page\.tsx?$/.test(f)).map(routeOf).sort();
}

export function apiRoutes(): string[] {
  return walk(APP).filter((f) => /\/route\.tsx?$/.test(f)).map(routeOf).sort();
}

/** 'use server' files outside app/: STYLE.md keeps every action file among the routes. */
export function actionFilesOutsideApp(): string[] {
  return ['components', 'lib']
    .flatMap((d) => walk(path.join(ROOT, d)))
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('/generated/') && /^\s*['"]use server['"]/.test(readFileSync(f, 'utf8')))
    .map((f) => path.relative(ROOT, f));
}

/** Exported server actions, read from every 'use server' file under app/. */
export function sourceActions(): string[] {
  return walk(APP)
    .filter((f) => /\.tsx?$/.test(f) && /^\s*['"]use server['"]/.test(readFileSync(f, 'utf8')))
    .flatMap((f) => {
      const src = readFileSync(f, 'utf8');
      const names = [...src.matchAll(/export\s+(?:const|async\s+function)\s+(\w+)/g)].map((m) => m[1]!);
      return names.map((n) => `${path.relative(ROOT, f)}#${n}`);
    })
    .sort();
}

export type TBuiltAction = { key: string; id: string; page: string };

/** The built app's action ids (from Next's server reference manifest), with a page that serves each. */
export function builtActions(): TBuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .filter(([, v]) => v.filename?.startsWith('app/'))
    .map(([id, v]) => ({
      key: `${v.filename}#${v.exportedName}`,
      id,
      page: routeOf(path.join(ROOT, Object.keys(v.workers)[0]! + '.tsx')),
    }));
}
