import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { PersonForm } from '@/components/person-form/person-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/access/capabilities';
import { getPersonFormValues, listPrecinctOptions } from '@/lib/data/people/form';
import { languageOptions } from '@/lib/format/languages';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { updatePersonAction } from '../../person-form-actions';
import { deletePersonAction } from '../../trash/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('personForm'))('editTitle') };
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, id } = await requireRecordPage('area.people', (await params).id);
  const [t, tTrash, form, precincts, locale] = await Promise.all([
    getTranslations('personForm'),
    getTranslations('trash'),
    loadOr404(getPersonFormValues(actor, id)),
    listPrecinctOptions(actor),
    getLocale(),
  ]);
  const organizing = can(actor, 'people.organize');
  const name = [form.values.preferredName || form.values.givenName, form.values.familyName].filter(Boolean).join(' ');
  return (
    <>
      <PageHeader title={t('editTitle')} subtitle={name} />
      <PersonForm
        action={updatePersonAction}
        initial={{ ...form.values, id }}
        version={form.version}
        precincts={precincts}
        languages={languageOptions(locale, String(form.values.preferredLanguage))}
        cancelHref={`/people/${id}`}
        submitLabel={t('save')}
        organizing={organizing}
      />
      {can(actor, 'people.delete') ? (
        <div className="mt-10 space-y-3">
          <ConfirmButton action={deletePersonAction} id={id} label={tTrash('delete')} explanation={tTrash('deleteExplain')} confirmLabel={tTrash('confirmDelete')} />
          {can(actor, 'people.merge') ? (
            <Link href={`/people/merge?a=${id}`} className="inline-block text-sm font-medium text-brand-800 hover:underline">
              {t('mergeLink')}
            </Link>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
