import { describe, expect, it } from 'vitest';
import { echoable, formDataToObject } from '../../lib/entry/form-data';

describe('what a refused form gets back', () => {
  it('keeps what the user typed, but never a password or a token', () => {
    const form = new FormData();
    form.append('email', 'ana@example.org');
    form.append('password', 'hunter2hunter2');
    form.append('confirm', 'hunter2hunter2');
    form.append('token', 'abc');
    form.append('languages', 'es');
    form.append('languages', 'en');
    form.append('contactConsent', 'on');
    expect(echoable(formDataToObject(form) as Record<string, string>)).toEqual({
      email: 'ana@example.org',
      languages: ['es', 'en'],
      contactConsent: true,
    });
  });
});
