import { z } from 'zod';

// Wards and precincts as leadership edits them (Admin → Places). Messages are catalog keys
// under `errors.` (messages/<locale>/common.json).

export const PLACE_NUMBER_MAX = 9999;
export const PLACE_NAME_MAX = 80;
export const PLACE_LIST_MAX_LINES = 20_000;
export const PLACE_LIST_MAX_BYTES = 1_000_000;

const number = z.coerce.number({ error: 'placeNumber' }).int({ error: 'placeNumber' }).min(1, { error: 'placeNumber' }).max(PLACE_NUMBER_MAX, { error: 'placeNumber' });
const name = z.string().trim().max(PLACE_NAME_MAX, { error: 'tooLong' }).optional().transform((v) => v || null);
/** A choice that may be left empty ("—"): empty is null. */
const optionalId = z.union([z.literal('').transform(() => null), z.uuid({ error: 'invalidChoice' })]);

export const ZWardInput = z.object({ number, name });
export type TWardInput = z.output<typeof ZWardInput>;
export const ZUpdateWardInput = ZWardInput.extend({ id: z.uuid({ error: 'invalid' }) });

export const ZPrecinctInput = z.object({ wardId: z.uuid({ error: 'invalidChoice' }), number, name });
export type TPrecinctInput = z.output<typeof ZPrecinctInput>;

/**
 * The precinct form: the captain picked with the person picker (`newCaptainId`), kept
 * (`captainId`, as loaded) or removed (`removeCaptain`); the team chosen from the circles.
 */
export const ZUpdatePrecinctForm = z
  .object({
    id: z.uuid({ error: 'invalid' }),
    number,
    name,
    captainId: optionalId.optional(),
    newCaptainId: optionalId.optional(),
    removeCaptain: z.boolean().optional(),
    teamCircleId: optionalId.default(null),
  })
  .transform(({ newCaptainId, removeCaptain, captainId, ...rest }) => ({
    ...rest,
    captainId: newCaptainId ? newCaptainId : removeCaptain ? null : (captainId ?? undefined),
  }));
export type TUpdatePrecinctInput = z.output<typeof ZUpdatePrecinctForm>;

export const ZPlaceId = z.object({ id: z.uuid({ error: 'invalid' }) });
export const ZDeletePrecinct = z.object({ id: z.uuid({ error: 'invalid' }), moveTo: optionalId.default(null) });

/** A list of places, read in the browser and sent as base64, so the server sees the file's own bytes (any encoding). */
export const ZPlaceListUpload = z.object({
  fileName: z.string().max(255).default('places.csv'),
  file: z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(Math.ceil((PLACE_LIST_MAX_BYTES * 4) / 3) + 4, { error: 'placeListTooLarge' })
    .transform((v, ctx) => {
      try {
        return Uint8Array.from(atob(v), (c) => c.charCodeAt(0));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'invalid' });
        return z.NEVER;
      }
    }),
});

/** The places page's URL: which ward's precincts to show. */
export const ZPlacesParams = z.object({ ward: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.uuid().optional().catch(undefined)) });
