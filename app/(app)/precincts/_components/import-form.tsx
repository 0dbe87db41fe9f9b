'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { LengthCounter } from '@/components/forms/length-counter';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Input } from '@/components/ui/input';
import { decodeFile } from '@/lib/import/encoding';
import { LIMITS } from '@/lib/validation/limits';
import { importResultsAction } from '../actions';

/** A file's text, whatever a spreadsheet saved it as (File.text() would read Windows-1252 as broken UTF-8). */
async function readCsv(file: File): Promise<string> {
  return decodeFile(new Uint8Array(await file.arrayBuffer())).text;
}

/** The file is read in the browser and sent as text; the server checks it whole before writing anything. */
export function ImportForm() {
  const t = useTranslations('electionImport');
  const { state, action } = useActionForm(importResultsAction);
  const [csv, setCsv] = useState('');
  const [file, setFile] = useState('');
  // Kept in state: a second submission (adding the precincts the file names) sends it again.
  const [name, setName] = useState('');
  const result = state?.ok ? state.data : null;
  return (
    <form action={action} className="space-y-4 rounded-xl border border-stone-200 bg-white p-5 shadow-xs">
      <div>
        <label htmlFor="results-name" className="mb-1 block text-sm font-medium text-stone-800">{t('name')}</label>
        <Input id="results-name" name="name" required placeholder={t('namePlaceholder')} value={name} onChange={(e) => setName(e.target.value)}
          aria-invalid={state && !state.ok && state.fieldErrors?.name ? true : undefined} />
        <LengthCounter controlId="results-name" limit={LIMITS.electionName} />
        {state && !state.ok && state.fieldErrors?.name ? <p role="alert" className="mt-1 text-sm text-red-700">{state.fieldErrors.name}</p> : null}
      </div>
      <div>
        <label htmlFor="results-file" className="mb-1 block text-sm font-medium text-stone-800">{t('file')}</label>
        <input id="results-file" type="file" accept=".csv,text/csv" onChange={async (e) => { const f = e.target.files?.[0]; setFile(f?.name ?? ''); setCsv(f ? await readCsv(f) : ''); }}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-medium file:text-brand-800" />
        <input type="hidden" name="csv" value={csv} />
        <p className="mt-1 text-sm text-stone-500">{t('fileHelp')}</p>
        {state && !state.ok && state.fieldErrors?.csv ? <p role="alert" className="mt-1 text-sm text-red-700">{state.fieldErrors.csv}</p> : null}
      </div>
      <FormMessage state={state && !state.ok ? state : null} />
      {result && !result.ok ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t('refused', { file: file || 'CSV', line: result.error.line })} {t(`errors.${result.error.reason}`, { column: result.error.column ?? '' })}
        </p>
      ) : null}
      {result && result.ok ? (
        <p role="status" className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t('added', { count: result.added })}
          {t(result.replaced ? 'replaced' : 'done', { rows: result.rows, matched: result.matched, columns: result.voteColumns.join(', ') || '—' })}
        </p>
      ) : null}
      {result && result.ok && result.rows > result.matched ? (
        <div className="space-y-2 rounded-md border border-crust-100 bg-crust-50 px-3 py-2 text-sm text-stone-800">
          <p>{t('unmatched', { count: result.rows - result.matched, places: result.unmatched.join(', '), more: result.rows - result.matched - result.unmatched.length })}</p>
          <button type="submit" name="createPrecincts" value="1" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
            {t('addPrecincts', { count: result.rows - result.matched })}
          </button>
        </div>
      ) : null}
      <SubmitButton pendingLabel={t('importing')}>{t('submit')}</SubmitButton>
    </form>
  );
}
