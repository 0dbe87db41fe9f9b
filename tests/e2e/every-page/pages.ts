import type { APIRequestContext } from '@playwright/test';
import { queryE2e } from '../db';

// Every page of the app, each at a real URL of the demo and as someone who may open it, for the
// checks that go over all of them (every-page.spec.ts). Built from the source tree's routes like
// the authorization matrix, so a new page without an entry here fails.

export type TViewer = 'anonymous' | 'ADMIN' | 'COORDINATOR' | 'MEMBER';
export type TPage = { route: string; url: string; as: TViewer; label?: string };

async function one(sql: string, params: unknown[] = []): Promise<string> {
  const rows = await queryE2e<{ id: string }>(sql, params);
  if (!rows[0]) throw new Error(`page fixture not found: ${sql}`);
  return rows[0].id;
}

const MISSING = '3f6b1c2e-8a4d-4e5f-9b7a-0c1d2e3f4a5b';

/** A small sheet uploaded as leadership would, so the import page has a mapping to show (wide: every column). */
async function anImport(admin: APIRequestContext): Promise<string> {
  const lines = ['Nombre;Apellido;Teléfono;Correo;Calle;Ciudad;Código postal;Precinto;Distrito;Idioma;Etiquetas;Notas'];
  for (let i = 0; i < 12; i++) lines.push(`María ${i};Núñez Peña;(773) 555-01${10 + i};maria.${i}.pages@example.org;2710 S. Avenida Ñandú;Chicago;60623;${1 + i};25;Español;vecinos, feria;Llamar por la tarde`);
  const res = await admin.post('/imports/upload', {
    data: Buffer.from(lines.join('\r\n'), 'utf8'),
    headers: { 'Content-Type': 'text/csv', 'X-File-Name': encodeURIComponent('todas las páginas.csv') },
  });
  return ((await res.json()) as { id: string }).id;
}

export async function everyPage(admin: APIRequestContext): Promise<TPage[]> {
  const user = (email: string) => `(SELECT id FROM app_user WHERE email = '${email}')`;
  const member = await one(`SELECT person_id AS id FROM app_user WHERE email = 'member@example.org'`);
  const person = await one(
    `SELECT p.id FROM person p LEFT JOIN relationship r ON p.id IN (r.person_a_id, r.person_b_id)
      WHERE p.deleted_at IS NULL AND p.recruited_by_id IS NOT NULL AND p.notes IS NOT NULL GROUP BY p.id ORDER BY count(r.id) DESC, p.id LIMIT 1`,
  );
  const [a, b] = await queryE2e<{ id: string }>(`SELECT id FROM person WHERE deleted_at IS NULL AND given_name IS NOT NULL ORDER BY id OFFSET 40 LIMIT 2`);
  // The biggest circle: its roster is the longest page there is.
  const circle = await one(`SELECT circle_id AS id FROM circle_membership GROUP BY circle_id ORDER BY count(*) DESC, circle_id LIMIT 1`);
  const memberCircle = await one(`SELECT circle_id AS id FROM circle_membership WHERE person_id = $1 ORDER BY circle_id LIMIT 1`, [member]);
  const organization = await one(`SELECT organization_id AS id FROM scope WHERE user_id = ${user('coordinator@example.org')} AND organization_id IS NOT NULL ORDER BY 1 LIMIT 1`);
  const bus = await one(`SELECT mobilization_id AS id FROM commitment WHERE person_id = $1 ORDER BY 1 LIMIT 1`, [member]);
  const recruit = await one(`SELECT id FROM person WHERE recruited_by_id = $1 AND deleted_at IS NULL ORDER BY id LIMIT 1`, [member]);
  const coordinator = await one(`SELECT id FROM app_user WHERE email = 'coordinator@example.org'`);
  // The demo's home ward and a precinct of it where people live.
  const ward = await one(`SELECT id FROM ward WHERE number = 25`);
  const precinct = await one(`SELECT p.id FROM precinct p JOIN ward w ON w.id = p.ward_id WHERE w.number = 25 AND p.number = 1`);
  const pages: TPage[] = [
    { route: '/login', url: '/login', as: 'anonymous' },
    { route: '/invite/[token]', url: `/invite/${'A'.repeat(43)}`, as: 'anonymous' },
    { route: '/reset/[token]', url: `/reset/${'A'.repeat(43)}`, as: 'anonymous' },
    // Demo accounts are not required to set up a second factor, so the page shows its setup to anyone signed in.
    { route: '/two-factor', url: '/two-factor', as: 'MEMBER' },
    { route: '/', url: '/', as: 'ADMIN' },
    { route: '/', url: '/', as: 'MEMBER', label: 'member home' },
    { route: '/people', url: '/people', as: 'ADMIN' },
    { route: '/people/new', url: '/people/new', as: 'ADMIN' },
    { route: '/people/[id]', url: `/people/${person}`, as: 'ADMIN' },
    { route: '/people/[id]', url: `/people/${MISSING}`, as: 'ADMIN', label: 'not found' },
    { route: '/people/[id]/edit', url: `/people/${person}/edit`, as: 'ADMIN' },
    { route: '/people/merge', url: `/people/merge?a=${a!.id}&b=${b!.id}`, as: 'ADMIN' },
    { route: '/people/trash', url: '/people/trash', as: 'ADMIN' },
    { route: '/people/export', url: '/people/export', as: 'ADMIN' },
    { route: '/search', url: '/search?q=mar', as: 'ADMIN' },
    { route: '/circles', url: '/circles', as: 'ADMIN' },
    { route: '/circles/new', url: '/circles/new', as: 'ADMIN' },
    { route: '/circles/[id]', url: `/circles/${circle}`, as: 'ADMIN' },
    { route: '/circles/[id]', url: `/circles/${memberCircle}`, as: 'MEMBER', label: 'a member’s view' },
    { route: '/circles/[id]/edit', url: `/circles/${circle}/edit`, as: 'ADMIN' },
    { route: '/organizations', url: '/organizations', as: 'ADMIN' },
    { route: '/organizations/new', url: '/organizations/new', as: 'ADMIN' },
    { route: '/organizations/[id]', url: `/organizations/${organization}`, as: 'COORDINATOR' },
    { route: '/organizations/[id]/edit', url: `/organizations/${organization}/edit`, as: 'COORDINATOR' },
    { route: '/precincts', url: '/precincts', as: 'ADMIN' },
    { route: '/precincts/results', url: '/precincts/results', as: 'ADMIN' },
    { route: '/mobilizations', url: '/mobilizations', as: 'ADMIN' },
    { route: '/mobilizations/new', url: '/mobilizations/new', as: 'ADMIN' },
    { route: '/mobilizations/[id]', url: `/mobilizations/${bus}`, as: 'ADMIN' },
    { route: '/mobilizations/[id]', url: `/mobilizations/${bus}`, as: 'MEMBER', label: 'a member’s answer' },
    { route: '/mobilizations/[id]/edit', url: `/mobilizations/${bus}/edit`, as: 'ADMIN' },
    { route: '/mobilizations/[id]/ask', url: `/mobilizations/${bus}/ask`, as: 'ADMIN' },
    { route: '/mobilizations/[id]/calls', url: `/mobilizations/${bus}/calls`, as: 'ADMIN' },
    { route: '/mobilizations/[id]/check-in', url: `/mobilizations/${bus}/check-in`, as: 'ADMIN' },
    { route: '/mobilizations/[id]/roster', url: `/mobilizations/${bus}/roster`, as: 'ADMIN' },
    { route: '/follow-ups', url: '/follow-ups', as: 'COORDINATOR' },
    { route: '/me', url: '/me', as: 'MEMBER' },
    { route: '/me/people', url: '/me/people', as: 'MEMBER' },
    { route: '/me/people/new', url: '/me/people/new', as: 'MEMBER' },
    { route: '/me/people/[id]', url: `/me/people/${recruit}`, as: 'MEMBER' },
    { route: '/me/security', url: '/me/security', as: 'MEMBER' },
    { route: '/me/security', url: '/me/security', as: 'ADMIN', label: 'leadership' },
    { route: '/admin', url: '/admin', as: 'ADMIN' },
    { route: '/admin/users', url: '/admin/users', as: 'ADMIN' },
    { route: '/admin/users/new', url: '/admin/users/new', as: 'ADMIN' },
    { route: '/admin/users/[id]', url: `/admin/users/${coordinator}`, as: 'ADMIN' },
    { route: '/admin/audit', url: '/admin/audit', as: 'ADMIN' },
    { route: '/admin/settings', url: '/admin/settings', as: 'ADMIN' },
    { route: '/admin/places', url: '/admin/places', as: 'ADMIN' },
    { route: '/admin/places', url: `/admin/places?ward=${ward}`, as: 'ADMIN', label: 'a ward' },
    { route: '/admin/places/precincts/[id]', url: `/admin/places/precincts/${precinct}`, as: 'ADMIN' },
    { route: '/settings/api-tokens', url: '/settings/api-tokens', as: 'ADMIN' },
    { route: '/imports', url: '/imports', as: 'ADMIN' },
    { route: '/imports/[id]', url: `/imports/${await anImport(admin)}`, as: 'ADMIN' },
  ];
  return pages;
}
