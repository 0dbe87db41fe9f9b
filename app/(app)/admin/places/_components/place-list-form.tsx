'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { loadPlaceListAction } from '../actions';

const SHOWN = 12;

/** The bytes of a file as base64: the server decodes them itself, whatever the file's encoding. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A city's list of wards and precincts, checked whole on the server before anything is written. */
export function PlaceListForm() {
  const t = useTranslations('places.list');
  const { state, action, errors: err } = useActionForm(loadPlaceListAction);
  const [file, setFile] = useState({ name: '', data: '' });
  const result = state?.ok ? state.data : null;
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-stone-700">{t('explain')}</p>
      <div>
        <label htmlFor="place-list-file" className="mb-1 block text-sm font-medium text-stone-800">
          {t('file')}
        </label>
        <input
          id="place-list-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            setFile(f ? { name: f.name, data: await base64Of(f) } : { name: '', data: '' });
          }}
          aria-invalid={err.file ? true : undefined}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-medium file:text-brand-800"
        />
        <input type="hidden" name="file" value={file.data} />
        <input type="hidden" name="fileName" value={file.name} />
        {err.file ? (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {err.file}
          </p>
        ) : null}
      </div>
      <FormMessage state={state && !state.ok ? state : null} />
      {result && result.ok ? (
        <p role="status" className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t('done', { wards: result.wards, precincts: result.precincts, renamed: result.renamed })}
        </p>
      ) : null}
      {result && !result.ok ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p className="font-medium">{t('refused')}</p>
          <ul className="mt-1 list-disc pl-5">
            {result.problems.slice(0, SHOWN).map((p) => (
              <li key={`${p.line}-${p.reason}`}>{t('line', { line: p.line, reason: t(`problem.${p.reason}`) })}</li>
            ))}
          </ul>
          {result.problems.length > SHOWN ? <p className="mt-1">{t('more', { count: result.problems.length - SHOWN })}</p> : null}
        </div>
      ) : null}
      <SubmitButton pendingLabel={t('loading')}>{t('submit')}</SubmitButton>
    </form>
  );
}
