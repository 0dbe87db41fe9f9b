import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTagFromApi } from '@/lib/data/osdi/tags';
import { signupPerson } from '@/lib/data/osdi/people';
import { createPerson, updatePerson } from '@/lib/data/people/write';
import { osdiPersonInput } from '@/lib/osdi/schemas';
import { personForm } from '@/lib/validation/person';
import { runImport } from '../support/imports';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const ORG = { timeZone: 'America/Chicago', phoneCountry: 'US' };

// Tags keep the case they were first written in ("Padres LSC") and are matched whatever the
// case it is typed in later ("padres lsc"): one tag, never two that differ only in case.

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

const tagsOf = async (personId: string) =>
  (await prisma.personTag.findMany({ where: { personId }, select: { tag: { select: { name: true } } } })).map((t) => t.tag.name).sort();
const tagNamed = (name: string) => prisma.tag.findMany({ where: { name: { equals: name, mode: 'insensitive' } }, select: { name: true } });

describe('a tag keeps the case it was first written in', () => {
  it('from the person form: "Padres LSC" stays so, and "padres lsc" typed later is the same tag', async () => {
    const form = personForm(ORG).parse({ givenName: 'Tere', tags: 'Padres LSC, Bus 2026, padres lsc' });
    expect(form.tags).toEqual(['Padres LSC', 'Bus 2026']);
    const { id: tere } = await createPerson(org.actors.admin, { givenName: 'Tere', tags: form.tags });
    const { id: chuy } = await createPerson(org.actors.admin, { givenName: 'Chuy', tags: ['padres lsc'] });
    expect(await tagsOf(tere)).toEqual(['Bus 2026', 'Padres LSC']);
    expect(await tagsOf(chuy)).toEqual(['Padres LSC']);
    expect(await tagNamed('padres lsc')).toEqual([{ name: 'Padres LSC' }]);

    const opened = await prisma.person.findUniqueOrThrow({ where: { id: chuy } });
    await updatePerson(org.actors.admin, { id: chuy, version: opened.version, patch: { tags: ['PADRES LSC', 'Oaxaca Club'] } });
    expect(await tagsOf(chuy)).toEqual(['Oaxaca Club', 'Padres LSC']);
  });

  it('from an Action Network export: each tag as written, an existing one in whatever case', async () => {
    const file = ['first_name,last_name,email,can2_user_tags', 'Lupe,Tovar,lupe.case@example.org,"Bus 2026, oaxaca club, Club de Madres"'].join('\n');
    await runImport(org.actors.admin, file, { tags: ['Feria Abril'] });
    const lupe = await prisma.person.findFirstOrThrow({ where: { emails: { some: { email: 'lupe.case@example.org' } } } });
    expect(await tagsOf(lupe.id)).toEqual(['Bus 2026', 'Club de Madres', 'Feria Abril', 'Oaxaca Club']);
    expect(await tagNamed('club de madres')).toEqual([{ name: 'Club de Madres' }]);
    expect(await tagNamed('oaxaca club')).toEqual([{ name: 'Oaxaca Club' }]);
  });

  it('from the OSDI API: a tag named in another case is the one Leaven has', async () => {
    const found = await createTagFromApi(org.actors.admin, 'padres lsc');
    expect(found).toMatchObject({ created: false, tag: { name: 'Padres LSC' } });
    const made = await createTagFromApi(org.actors.admin, 'Comité de Salud');
    expect(made).toMatchObject({ created: true, tag: { name: 'Comité de Salud' } });
    const { id } = await signupPerson(org.actors.admin, osdiPersonInput(ORG).parse({ given_name: 'Ofelia', email_addresses: [{ address: 'ofelia@example.org' }] }), ['COMITÉ DE SALUD', 'Vecinos Unidos']);
    expect(await tagsOf(id)).toEqual(['Comité de Salud', 'Vecinos Unidos']);
  });

  it('keeps a tag saved in lower case before as it is, and refuses a second spelling in the database itself', async () => {
    await prisma.tag.create({ data: { name: 'vecinos' } });
    const { id } = await createPerson(org.actors.admin, { givenName: 'Memo', tags: ['Vecinos'] });
    expect(await tagsOf(id)).toEqual(['vecinos']);
    await expect(prisma.$executeRaw`INSERT INTO tag (name) VALUES ('VECINOS')`).rejects.toThrow(/unique/i);
  });
});
