'use client';

import { useEffect, useRef } from 'react';

type TState = { ok: boolean; message?: string } | null;

// On a phone the message sits far above the button that was tapped: it is brought to the eye.
const PHONE = '(max-width: 639px)';

/**
 * After an answer, where the eye should go: a refused form's first field to fix takes focus (at
 * any width); otherwise, on a phone, the message itself is scrolled into view and focused. Both
 * are centred, clear of the sticky header.
 */
function bringToTheEye(box: HTMLElement, state: NonNullable<TState>) {
  const invalid = state.ok ? null : box.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const phone = window.matchMedia(PHONE).matches;
  const target = invalid ?? (box.textContent ? box : null);
  if (!target) return;
  if (invalid || phone) target.focus({ preventScroll: true });
  target.scrollIntoView({ block: invalid || phone ? 'center' : 'nearest' });
}

/**
 * The form-level message of an action result: an error above the fields, or a confirmation. It
 * lives in a region that is always there and polite, so a screen reader announces what appears in
 * it; every form of the one form driver (useActionForm) shows its answer here.
 */
export function FormMessage({ state, success }: { state: TState; success?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && box.current) bringToTheEye(box.current, state);
  }, [state]);
  const text = !state ? null : state.ok ? success : state.message;
  return (
    // Empty, it takes no room (sr-only) but stays in the accessibility tree, so its first message is announced.
    <div ref={box} aria-live="polite" aria-atomic="true" tabIndex={-1} className="scroll-my-24 outline-none empty:sr-only">
      {text ? (
        <p
          role={state?.ok ? 'status' : 'alert'}
          className={
            state?.ok
              ? 'rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900'
              : 'rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800'
          }
        >
          {text}
        </p>
      ) : null}
    </div>
  );
}
