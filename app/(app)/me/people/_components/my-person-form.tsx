'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { BigChoice, BigField, BigSelect, Section } from '../../_components/big-inputs';
import { addMyPersonAction, updateMyPersonAction } from '../actions';
import { LIMITS } from '@/lib/validation/limits';

const KINDS = ['FRIEND', 'FAMILY', 'NEIGHBOUR', 'COWORKER', 'CONGREGATION', 'CLASSMATE', 'OTHER'] as const;
type TValues = Record<string, string | string[] | boolean>;

type TProps =
  | { mode: 'add'; circles: { id: string; name: string }[] }
  | { mode: 'edit'; person: { id: string; version: number; givenName: string; familyName: string; phone: string } };

/** Add someone you know, or correct their name or phone: a few big fields, one button. */
export function MyPersonForm(props: TProps) {
  const t = useTranslations('myPeople');
  const initial: TValues = props.mode === 'edit' ? { givenName: props.person.givenName, familyName: props.person.familyName, phone: props.person.phone } : { kind: 'FRIEND' };
  const { state, action, stampKey, keyInput, errors: err, str, list } = useActionForm(props.mode === 'add' ? addMyPersonAction : updateMyPersonAction, { initial });
  const chosen = list('circleIds');

  return (
    <form action={action} onSubmit={stampKey} className="space-y-5" noValidate>
      <input {...keyInput} />
      {props.mode === 'edit' ? (
        <>
          <input type="hidden" name="id" value={props.person.id} />
          <input type="hidden" name="version" value={props.person.version} />
        </>
      ) : null}
      <FormMessage state={state} />
      <Section title={t('whoTitle')}>
        <BigField name="givenName" label={t('givenName')} autoComplete="off" defaultValue={str('givenName')} error={err.givenName} limit={LIMITS.personName} required />
        <BigField name="familyName" label={t('familyName')} autoComplete="off" defaultValue={str('familyName')} error={err.familyName} limit={LIMITS.personName} />
        <BigField name="phone" type="tel" inputMode="tel" autoComplete="off" label={t('phone')} hint={t('phoneHint')} defaultValue={str('phone')} error={err.phone} />
      </Section>
      {props.mode === 'add' ? (
        <>
          <Section title={t('howTitle')}>
            <BigSelect name="kind" label={t('kind')} defaultValue={str('kind')} error={err.kind} options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
            <BigField name="note" label={t('note')} hint={t('noteHint')} autoComplete="off" defaultValue={str('note')} error={err.note} limit={LIMITS.shortNote} />
          </Section>
          {props.circles.length ? (
            <Section title={t('circlesTitle')} hint={t('circlesHint')}>
              {props.circles.map((c) => (
                <BigChoice key={c.id} name="circleIds" value={c.id} label={c.name} defaultChecked={chosen.includes(c.id)} />
              ))}
              {err.circleIds ? <p role="alert" className="text-base text-red-700">{err.circleIds}</p> : null}
            </Section>
          ) : null}
        </>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <SubmitButton pendingLabel={t('saving')} className="min-h-12 w-full text-lg sm:w-auto">
          {props.mode === 'add' ? t('add') : t('save')}
        </SubmitButton>
        <Link href="/me/people" className="inline-flex min-h-12 items-center justify-center rounded-lg px-4 text-lg font-medium text-stone-700 hover:bg-stone-100">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
