'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProgressBar } from './progress-bar';

type TState = { phase: 'idle' } | { phase: 'sending'; percent: number } | { phase: 'reading' } | { phase: 'error'; message: string };

/** Sends the file as the request body, so the bar can follow the upload; then opens the import. */
export function UploadForm() {
  const t = useTranslations('imports.upload');
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<TState>({ phase: 'idle' });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setState({ phase: 'error', message: t('chooseFile') });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/imports/upload');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.upload.onprogress = (p) => {
      if (!p.lengthComputable) return;
      const percent = Math.round((p.loaded / p.total) * 100);
      setState(percent >= 100 ? { phase: 'reading' } : { phase: 'sending', percent });
    };
    xhr.onload = () => {
      let body: { id?: string; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // Not JSON: a proxy's error page. The generic message below says what to do.
      }
      if (xhr.status === 201 && body.id) router.push(`/imports/${body.id}`);
      else setState({ phase: 'error', message: body.message ?? t('failed') });
    };
    xhr.onerror = () => setState({ phase: 'error', message: t('failed') });
    setState({ phase: 'sending', percent: 0 });
    xhr.send(file);
  };

  const busy = state.phase === 'sending' || state.phase === 'reading';
  return (
    <form onSubmit={submit} className="space-y-4" aria-busy={busy}>
      <div>
        <label htmlFor="import-file" className="mb-1 block text-sm font-medium text-stone-800">
          {t('file')}
        </label>
        <input
          ref={input}
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          disabled={busy}
          aria-describedby="import-file-help"
          className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-medium file:text-brand-800 hover:file:bg-brand-100"
        />
        <p id="import-file-help" className="mt-2 text-sm text-stone-600">
          {t('help')}
        </p>
      </div>
      {state.phase === 'sending' ? <ProgressBar label={t('uploading', { percent: state.percent })} done={state.percent} total={100} /> : null}
      {state.phase === 'reading' ? <ProgressBar label={t('reading')} done={null} total={100} /> : null}
      {state.phase === 'error' ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" disabled={busy}>
        {t('submit')}
      </Button>
    </form>
  );
}
