import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AbstractIntlMessages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, pickClientMessages } from '../../lib/i18n/client-messages';
import { loadMessages } from '../../lib/i18n/messages';

// The browser receives only CLIENT_NAMESPACES (app/layout.tsx). This reads every client module, the
// 'use client' files under app/ and components/ and whatever they import, for the namespaces it
// translates with, so that a new client component cannot silently show message keys.
const ROOT = path.resolve(import.meta.dirname, '../..');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.tsx?$/.test(entry.name)) yield full;
  }
}

const directive = (source: string, name: string) => new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*(['"])${name}\\1`).test(source);

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : undefined;
  if (!base) return undefined; // a package
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => /\.tsx?$/.test(f) && existsSync(f) && statSync(f).isFile());
}

/** The 'use client' files and, transitively, the project modules they import (which run in the browser too). */
function clientModules(): Map<string, string> {
  const modules = new Map<string, string>();
  const queue = ['app', 'components'].flatMap((dir) => [...sourceFiles(path.join(ROOT, dir))]).filter((f) => directive(readFileSync(f, 'utf8'), 'use client'));
  while (queue.length) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    // A server action imported by a client component stays on the server; only a reference to it is sent.
    if (directive(source, 'use server')) continue;
    modules.set(file, source);
    for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const target = resolveImport(file, specifier!);
      if (target) queue.push(target);
    }
  }
  return modules;
}

type TUse = { file: string; namespace?: string; problem?: string };

function translationUses(modules: Map<string, string>): TUse[] {
  const uses: TUse[] = [];
  for (const [absolute, source] of modules) {
    const file = path.relative(ROOT, absolute);
    for (const [call, arg] of source.matchAll(/\buseTranslations\s*(?:<[^>]*>)?\s*\(([^)]*)\)/g)) {
      const literal = /^\s*(['"])([\w.-]+)\1\s*$/.exec(arg!);
      if (literal) uses.push({ file, namespace: literal[2] });
      else uses.push({ file, problem: `${call}: name the namespace as a string, e.g. useTranslations('people'), so that this test can read it` });
    }
    if (/\buseTranslations\s+as\b/.test(source)) uses.push({ file, problem: 'imports useTranslations under another name' });
    if (/\buseMessages\s*\(/.test(source)) uses.push({ file, problem: 'useMessages() on the client sees only CLIENT_NAMESPACES; pass what it needs as props' });
  }
  return uses;
}

const covers = (listed: string, namespace: string) => namespace === listed || namespace.startsWith(`${listed}.`);

const modules = clientModules();
const uses = translationUses(modules);

describe('the messages sent to client components', () => {
  it('finds the client components and their namespaces', () => {
    // Guards the scan itself: were it to find nothing, every other check here would pass.
    expect(modules.size).toBeGreaterThan(50);
    expect(uses).toContainEqual({ file: 'components/shell/global-search.tsx', namespace: 'people.globalSearch' });
    // Reached only through imports: form-message.tsx has no 'use client' of its own.
    expect([...modules.keys()].map((f) => path.relative(ROOT, f))).toContain('components/forms/form-message.tsx');
  });

  it('name every namespace literally', () => {
    expect(uses.filter((u) => u.problem)).toEqual([]);
  });

  it('include every namespace a client component uses', () => {
    const missing = uses.filter((u) => u.namespace && !CLIENT_NAMESPACES.some((listed) => covers(listed, u.namespace!)));
    expect(missing, 'add these namespaces to CLIENT_NAMESPACES in lib/i18n/client-messages.ts').toEqual([]);
  });

  it('include nothing that no client component uses, and nothing twice', () => {
    const unused = CLIENT_NAMESPACES.filter((listed) => !uses.some((u) => u.namespace && covers(listed, u.namespace)));
    expect(unused, 'remove these from CLIENT_NAMESPACES: every page would carry them for nothing').toEqual([]);
    const nested = CLIENT_NAMESPACES.filter((listed) => CLIENT_NAMESPACES.some((other) => other !== listed && covers(other, listed)));
    expect(nested).toEqual([]);
  });

  it('pick exactly those namespaces from both catalogs', async () => {
    for (const locale of ['en', 'es'] as const) {
      const all = await loadMessages(locale);
      const picked = pickClientMessages(all as AbstractIntlMessages);
      const at = (messages: object, namespace: string) => namespace.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
      for (const namespace of CLIENT_NAMESPACES) {
        expect(at(all, namespace), `${locale}: ${namespace}`).toBeDefined();
        expect(at(picked, namespace), `${locale}: ${namespace}`).toEqual(at(all, namespace));
      }
      // Server-only areas stay on the server: the dashboard, and the profile's timeline.
      expect(picked.dashboard).toBeUndefined();
      expect(at(picked, 'profile.timeline')).toBeUndefined();
      expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(all).length * 0.75);
    }
  });
});
