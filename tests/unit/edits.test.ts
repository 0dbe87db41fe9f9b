import { describe, expect, it } from 'vitest';
import { conflictOf, editedFields, valuesAfterConflict, withEdits } from '@/lib/validation/edits';
import { mobilizationFieldOf } from '@/lib/validation/mobilization';

// Telling one user's edits apart from another's (lib/validation/edits.ts), on a form's inputs as
// the pages fill them and as FormData sends them back.

const opened = {
  givenName: 'Ana',
  city: '',
  notes: 'Prefers evenings',
  languages: ['es', 'en'],
  contactConsent: false,
  doNotContact: true,
  'phones.0.e164': '(773) 555-0101',
  'phones.0.smsCapable': true,
  'phones.1.e164': '',
  'phones.1.smsCapable': true,
};

describe('the fields a user changed', () => {
  it('are none when the form comes back as it was sent, FormData\'s way', () => {
    // An unticked box is absent, a ticked one "on" or true; spaces at the ends do not count; an
    // empty contact row is empty whatever its boxes say (My profile shows fewer rows than it has).
    const back = { givenName: ' Ana ', city: '', notes: 'Prefers evenings', languages: ['es', 'en'], doNotContact: 'on', 'phones.0.e164': '(773) 555-0101', 'phones.0.smsCapable': true, id: 'x', version: '3' };
    expect(editedFields(back, opened)).toEqual([]);
  });

  it('name each field once, a contact row as its list, and only the fields the form has', () => {
    const back = { ...opened, city: 'Cicero', 'phones.1.e164': '773 555 0102', languages: 'es', contactConsent: true, doNotContact: false, confirmDuplicate: '1' };
    expect(editedFields(back, opened).sort()).toEqual(['city', 'contactConsent', 'doNotContact', 'languages', 'phones']);
  });

  it('read a mobilization\'s quota rows as one field, in order', () => {
    const quotas = { place: '', quotaRef: ['circle:a', 'open'], quotaTarget: ['10', '5'] };
    expect(editedFields({ ...quotas, quotaTarget: ['5', '10'] }, quotas, mobilizationFieldOf)).toEqual(['quotas']);
    expect(editedFields({ ...quotas, place: 'Union Park' }, quotas, mobilizationFieldOf)).toEqual(['place']);
  });

  it('are worked out on the server from the hidden original, never taken from what was sent', () => {
    const read = withEdits()({ ...opened, city: 'Cicero', original: JSON.stringify(opened), edited: ['notes'] }) as { edited: string[] };
    expect(read.edited).toEqual(['city']);
    expect((withEdits()({ city: 'Cicero', edited: ['notes'] }) as { edited?: string[] }).edited).toBeUndefined();
    expect((withEdits()({ city: 'Cicero', original: '{not json' }) as { edited?: string[] }).edited).toBeUndefined();
  });
});

describe('the form after a conflict', () => {
  const details = { currentVersion: 4, current: { ...opened, city: 'Cicero', notes: 'Saved by A' }, edited: ['notes', 'contactConsent'], theirs: ['city', 'notes'] };

  it('shows what is saved now where the user changed nothing, and the user\'s own values where they did', () => {
    const mine = { ...opened, notes: 'Mine', contactConsent: true, version: '3' };
    const conflict = conflictOf(details)!;
    expect(conflict).toEqual(details);
    expect(valuesAfterConflict(mine, conflict)).toMatchObject({ city: 'Cicero', notes: 'Mine', contactConsent: true, givenName: 'Ana', version: '3' });
    // A box the user unticked (FormData leaves it out) stays unticked, though the saved record has it ticked.
    const { contactConsent: _ticked, ...sentBack } = { ...opened, notes: 'Mine' };
    const unticked = valuesAfterConflict(sentBack, conflictOf({ ...details, current: { ...details.current, contactConsent: true } })!);
    expect(unticked.contactConsent).toBeUndefined();
  });

  it('keeps what the user sent when the refusal says only the version', () => {
    const conflict = conflictOf({ currentVersion: 4 })!;
    expect(conflict).toEqual({ currentVersion: 4, current: undefined, edited: [], theirs: [] });
    expect(valuesAfterConflict({ notes: 'Mine' }, conflict)).toEqual({ notes: 'Mine' });
    expect(conflictOf({ message: 'x' })).toBeNull();
  });
});
