import { staleEdit } from '@/lib/data/edits';
import { personFormValues } from '@/lib/data/people/form';
import type { AppError } from '@/lib/errors';
import { fieldOfInput, type TEdits } from '@/lib/validation/edits';

// A stale save of a person (the person form or My profile), told with what is saved now as the
// form's inputs (lib/data/edits.ts): the form shows it where the user changed nothing.

/** `hidden`: fields the user may not see (a member is not told what organizers keep). */
export function personConflict(current: Parameters<typeof personFormValues>[0], edits: TEdits | undefined, hidden: readonly string[] = []): AppError {
  const inputs = Object.fromEntries(Object.entries(personFormValues(current)).filter(([input]) => !hidden.includes(fieldOfInput(input))));
  return staleEdit('This person was changed by someone else.', { version: current.version, inputs }, edits);
}
