/** A precinct as people write it: ward, then precinct ("25-3"). */
export function precinctLabel(p: { number: number; ward: { number: number } } | null): string | null {
  return p ? `${p.ward.number}-${p.number}` : null;
}

/** What precinctLabel needs, as a Prisma select of a person's (or anything's) precinct. */
export const precinctLabelSelect = { select: { number: true, ward: { select: { number: true } } } } as const;

/** A person named in a list (a circle's members, an organization's people), with their precinct. */
export const listedPersonSelect = { id: true, givenName: true, familyName: true, preferredName: true, precinct: precinctLabelSelect } as const;
