import { NextIntlClientProvider, useTranslations } from 'next-intl';
import { createElement, type ComponentProps } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StrictIntl } from '../../components/shell/strict-intl';

function Label() {
  return useTranslations('people')('title');
}

// Built without JSX (the unit tests are .ts files); createElement's types want children among the props.
type TProviderProps = ComponentProps<typeof NextIntlClientProvider>;
type TStrictProps = ComponentProps<typeof StrictIntl>;
const render = (strict: boolean, messages: Record<string, Record<string, string>>) =>
  renderToString(
    createElement(
      NextIntlClientProvider,
      { locale: 'en', timeZone: 'America/Chicago', messages } as TProviderProps,
      createElement(StrictIntl, { strict } as TStrictProps, createElement(Label)),
    ),
  );

describe('a client component whose message the browser did not receive', () => {
  it('fails the render under LEAVEN_STRICT_I18N (the end-to-end tests)', () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(() => render(true, {})).toThrow(/MISSING_MESSAGE/);
    } finally {
      console.error = original;
    }
  });

  it('shows its key otherwise, and its message when it has one', () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(render(false, {})).toBe('people.title');
    } finally {
      console.error = original;
    }
    expect(render(true, { people: { title: 'People' } })).toBe('People');
  });
});
