type TState = { ok: boolean; message?: string } | null;

/** The form-level message of an action result: an error above the fields, or a confirmation. */
export function FormMessage({ state, success }: { state: TState; success?: string }) {
  if (!state) return null;
  if (state.ok) {
    return success ? (
      <p role="status" className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900">
        {success}
      </p>
    ) : null;
  }
  if (!state.message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.message}
    </p>
  );
}
