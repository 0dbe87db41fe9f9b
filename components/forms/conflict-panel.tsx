'use client';

import { useTranslations } from 'next-intl';
import { fieldOfInput, type TConflict, type TFieldOf, type TInputValues } from '@/lib/validation/edits';

// After an edit conflict (lib/validation/edits.ts): what someone else changed, beside the user's
// own value where both changed a field, and the button that saves the user's changes over the
// newer version. The form below already shows their values where the user changed nothing.

type TProps = {
  conflict: TConflict;
  /** What happened, in the record's words ("Someone else saved changes to this person…"). */
  title: string;
  saveLabel: string;
  /** A field's name as the form labels it. */
  label: (field: string) => string;
  /** A field's value as a person reads it, from a form's inputs; plainValue by default. */
  show?: (field: string, values: TInputValues) => string;
  fieldOf?: TFieldOf;
  /** What the user sent, to show their value beside the other person's. */
  mine: TInputValues;
  /** "text-sm" on the dense forms, "text-base" on My profile. */
  size?: 'sm' | 'base';
};

/** A field's value from a form's inputs: the text of a field, the numbers or addresses of contact rows, yes or no for a box. */
export function plainValue(field: string, values: TInputValues, yesNo: (v: boolean) => string, fieldOf: TFieldOf = fieldOfInput): string {
  if (field in values || !Object.keys(values).some((k) => fieldOf(k) === field && k !== field)) {
    const v = values[field];
    if (typeof v === 'boolean' || v === undefined) return yesNo(v === true);
    return ([] as unknown[]).concat(v).map(String).join(', ').trim();
  }
  // Contact rows: the number or address of each row that has one.
  return Object.entries(values)
    .filter(([k, v]) => fieldOf(k) === field && /\.(e164|email)$/.test(k) && typeof v === 'string' && v.trim())
    .map(([, v]) => String(v).trim())
    .join(', ');
}

export function ConflictPanel({ conflict, title, saveLabel, label, show, fieldOf = fieldOfInput, mine, size = 'sm' }: TProps) {
  const t = useTranslations('forms.conflict');
  const shown = show ?? ((field: string, values: TInputValues) => plainValue(field, values, (v) => t(v ? 'yes' : 'no'), fieldOf));
  const both = conflict.theirs.some((f) => conflict.edited.includes(f));
  return (
    <div role="alert" className={`rounded-xl border border-red-200 bg-red-50 p-4 text-red-900 ${size === 'base' ? 'text-base' : 'text-sm'}`}>
      <p className="font-medium">{title}</p>
      {conflict.current && conflict.theirs.length ? (
        <table className="mt-2 w-full table-fixed text-left">
          <thead>
            <tr>
              <th className="w-1/4 py-1 pr-3 font-medium">{t('field')}</th>
              <th className="py-1 pr-3 font-medium">{t('theirs')}</th>
              {both ? <th className="py-1 font-medium">{t('yours')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {conflict.theirs.map((field) => (
              <tr key={field} className="border-t border-red-100 align-top">
                <td className="py-1 pr-3">{label(field)}</td>
                <td className="py-1 pr-3 break-words">{shown(field, conflict.current!) || '—'}</td>
                {both ? <td className="py-1 break-words">{conflict.edited.includes(field) ? shown(field, mine) || '—' : t('notChanged')}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="mt-2">{conflict.current ? t(both ? 'helpBoth' : 'help') : t('helpNoDetails')}</p>
      <button
        type="submit"
        name="acceptVersion"
        value={conflict.currentVersion}
        className={`mt-3 rounded-md bg-red-800 font-medium text-white hover:bg-red-900 ${size === 'base' ? 'min-h-12 px-4 py-2 text-base' : 'px-3 py-1.5'}`}
      >
        {saveLabel}
      </button>
    </div>
  );
}
