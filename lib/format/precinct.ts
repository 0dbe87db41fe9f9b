/** A precinct as people write it: ward, then precinct ("25-3"). */
export function precinctLabel(p: { number: number; ward: { number: number } } | null): string | null {
  return p ? `${p.ward.number}-${p.number}` : null;
}
