import { AppError } from '@/lib/errors';
import { personFormValues, type TPersonFormValues } from '@/lib/data/people/form';

// A stale save of a person, told from inside the transaction that saw the newer version: the
// current version (to save over it on purpose) and, when the form sent what it was opened with,
// the fields someone else changed meanwhile, with their values now.

export type TTheirChange = { field: string; value: string };

/** `hidden`: fields the user may not see (a member is not told what organizers keep). */
export function personConflict(current: Parameters<typeof personFormValues>[0], seen: Record<string, unknown> | undefined, hidden: readonly string[] = []): AppError {
  const theirs = seen ? changedSince(seen, personFormValues(current)).filter((c) => !hidden.includes(c.field)) : undefined;
  return new AppError('CONFLICT', 'This person was changed by someone else.', { currentVersion: current.version, ...(theirs ? { theirs } : {}) });
}

/** The fields whose saved value differs from what the form was opened with; a phone or email row counts as its list. */
function changedSince(before: Record<string, unknown>, current: TPersonFormValues): TTheirChange[] {
  return Object.keys(current)
    .filter((k) => JSON.stringify(before[k] ?? '') !== JSON.stringify(current[k] ?? ''))
    .map((k) => ({ field: k.replace(/^(phones|emails)\.\d+\..*$/, '$1'), value: Array.isArray(current[k]) ? (current[k] as string[]).join(', ') : String(current[k]) }))
    .filter((c, i, all) => all.findIndex((o) => o.field === c.field) === i);
}
