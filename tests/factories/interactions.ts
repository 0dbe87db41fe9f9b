import type { Prisma } from '../../lib/generated/prisma/client';
import type { InteractionKind } from '../../lib/generated/prisma/enums';
import type { TRandom } from './random';

// Logged contacts, written the way coordinators write them: short, in English or Spanish.

export type TInteractionRow = Prisma.InteractionCreateManyInput & { id: string; occurredAt: Date };
export type TInteractionPersonRow = Prisma.InteractionPersonCreateManyInput;

export const INTERACTION_KIND_WEIGHTS: readonly (readonly [InteractionKind, number])[] = [
  ['ONE_ON_ONE', 20], ['CALL', 25], ['TEXT', 15], ['DOOR', 12], ['MEETING', 12], ['EVENT', 8], ['SOCIAL', 8],
];

/** Kinds that reach one person at a time. */
export const ONE_PERSON_KINDS: readonly InteractionKind[] = ['ONE_ON_ONE', 'CALL', 'TEXT', 'DOOR'];

const SUMMARIES: Record<InteractionKind, readonly string[]> = {
  ONE_ON_ONE: [
    'One-on-one with {name}: talked about the school and the rent going up',
    'One-on-one with {name} about joining the precinct team',
    'Coffee with {name}; wants to help with the next bus trip',
    'Plática uno a uno con {name} sobre la escuela de sus hijos',
    'Uno a uno con {name}: quiere ayudar en el comité de comida',
  ],
  CALL: [
    'Called {name} to invite them to the ward meeting',
    'Called {name} about the Local School Council vote',
    'Left a message for {name}',
    'Llamada con {name}: confirmó que viene a la junta',
    'Llamé a {name} para la reunión de inquilinos',
  ],
  TEXT: [
    'Texted {name} the meeting reminder',
    'Texted {name} the address for Saturday',
    'Mensaje a {name} con la dirección del evento',
  ],
  DOOR: [
    "Knocked on {name}'s door; interested in the tenant meeting",
    'Door knock: {name} signed the street-lighting petition',
    'Visita a domicilio con {name}: firmó la petición de alumbrado',
  ],
  MEETING: [
    'Ward meeting: report-back on the budget hearing',
    '{circle}: monthly meeting',
    'Junta de {circle}: planeamos el autobús a Springfield',
    '{circle}: planning the back-to-school drive',
  ],
  EVENT: [
    'Ward festival sign-up table',
    'Posada del barrio: inscribimos voluntarios',
    'Tenant rights workshop at the parish hall',
    'Back-to-school supply drive',
  ],
  SOCIAL: [
    "Carne asada at {name}'s house",
    'Café con las vecinas',
    'Tamalada for the holiday fundraiser',
  ],
};

const ORGANIZATION_SUMMARIES: readonly string[] = [
  'With {org}: the school budget campaign',
  '{org}: co-sponsoring the town hall',
  'Con {org}: acordamos compartir la mesa en el festival',
  'Asked {org} to bring people to the budget hearing',
  '{org} asked us for volunteers for their clean-up',
];

const NOTES: readonly string[] = [
  'Prefers texts in Spanish.',
  'Can bring four people from the club.',
  'Needs a ride to the next action.',
  'Asked for interpretation at the next meeting.',
  'Interested in becoming a precinct captain.',
  'Works nights: call after 11 am.',
  'Quiere traer a su comadre la próxima vez.',
  'Necesita cuidado de niños para venir a la junta.',
];

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? '');
}

export function summaryFor(rng: TRandom, kind: InteractionKind, vars: { name?: string; circle?: string; org?: string }): string {
  if (vars.org && rng.chance(0.8)) return fill(rng.pick(ORGANIZATION_SUMMARIES), { org: vars.org });
  const options = SUMMARIES[kind].filter((t) => (!t.includes('{circle}') || vars.circle) && (!t.includes('{name}') || vars.name));
  return fill(rng.pick(options.length > 0 ? options : SUMMARIES.EVENT), {
    name: vars.name ?? '',
    circle: vars.circle ?? '',
  });
}

export type TInteractionInput = Omit<Prisma.InteractionCreateManyInput, 'id' | 'summary' | 'occurredAt'> & {
  occurredAt: Date;
  summary?: string;
};

/** An interaction logged a few minutes to a few hours after it happened. */
export function buildInteraction(rng: TRandom, input: TInteractionInput): TInteractionRow {
  const { summary, ...rest } = input;
  const logged = new Date(input.occurredAt.getTime() + rng.int(5, 600) * 60_000);
  return {
    id: rng.uuid(),
    notes: rng.chance(0.35) ? rng.pick(NOTES) : null,
    createdAt: logged,
    updatedAt: logged,
    ...rest,
    summary: summary ?? summaryFor(rng, input.kind, {}),
  };
}
