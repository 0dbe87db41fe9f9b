import type { TActionResult } from '@/lib/entry/action';

// Shared components receive their server actions as props, typed here: components/ never imports
// app/, where every 'use server' file lives (STYLE.md), so a component is tied to no route.

/** A server action called with an object (search as you type, a toggle). */
export type TServerAction<I, T> = (prev: TActionResult<T> | null, input: I) => Promise<TActionResult<T>>;

/** A server action a form posts to. */
export type TFormAction<T> = TServerAction<FormData, T>;
