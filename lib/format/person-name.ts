type TNameParts = { givenName: string | null; familyName: string | null; preferredName: string | null };

/** How a person is shown: the name they go by, then their family name. A nickname alone is enough. */
export function displayName(p: TNameParts): string {
  const first = p.preferredName?.trim() || p.givenName?.trim() || '';
  const family = p.familyName?.trim() || '';
  return [first, family].filter(Boolean).join(' ') || '—';
}

/** Two letters for an avatar. */
export function initials(p: TNameParts): string {
  const name = displayName(p);
  const parts = name.split(/\s+/).filter((w) => w !== '—');
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}
