import { AppError } from '@/lib/errors';
import { editedFields, fieldOfInput, type TEdits, type TFieldOf, type TInputValues } from '@/lib/validation/edits';

// Saving an edit of a versioned record (lib/validation/edits.ts says how the edits are told apart):
// only the fields the user changed are written, and a save on top of an older version is refused
// with what the form needs to show both people's changes.

/** The part of `patch` to write: the fields the user edited, or every field given when the form did not say (the API, scripts). */
export function onlyEdited<T extends object>(patch: T, edits: TEdits | undefined): Partial<T> {
  if (!edits) return patch;
  return Object.fromEntries(Object.entries(patch).filter(([field]) => edits.edited.includes(field))) as Partial<T>;
}

/**
 * A stale save, refused (nothing is written), told from inside the transaction that saw the newer
 * version. The details: the version saved now, to save over on purpose; and, when the form said
 * what it was opened with, what is saved now (as the form's own inputs, no others), the fields the
 * user changed and those someone else changed meanwhile. The form then shows what is saved now
 * where the user changed nothing, and both values side by side where both changed a field.
 */
export function staleEdit(
  message: string,
  current: { version: number; inputs: TInputValues },
  edits: TEdits | undefined,
  fieldOf: TFieldOf = fieldOfInput,
): AppError {
  if (!edits) return new AppError('CONFLICT', message, { currentVersion: current.version });
  // Only the record's inputs that the form has (a page may add others, such as its id).
  const shared = Object.keys(edits.original).filter((k) => k in current.inputs);
  const pick = (values: TInputValues) => Object.fromEntries(shared.map((k) => [k, values[k]]));
  const inputs = pick(current.inputs);
  return new AppError('CONFLICT', message, {
    currentVersion: current.version,
    current: inputs,
    edited: edits.edited,
    theirs: editedFields(inputs, pick(edits.original), fieldOf),
  });
}
