import { staleEdit } from '@/lib/data/edits';
import { personFormValues } from '@/lib/data/people/form';
import type { AppError } from '@/lib/errors';
import type { TEdits } from '@/lib/validation/edits';

// A stale save of a person (the person form or My profile), told with what is saved now as the
// form's inputs (lib/data/edits.ts): the form shows it where the user changed nothing.

export function personConflict(current: Parameters<typeof personFormValues>[0], edits: TEdits | undefined): AppError {
  return staleEdit('This person was changed by someone else.', { version: current.version, inputs: personFormValues(current) }, edits);
}
