import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { PersonForm } from '@/components/person-form/person-form';
import { PageHeader } from '@/components/ui/page-header';
import { getPersonFormValues, listPrecinctOptions } from '@/lib/data/people/form';
import { loadOr404, requireArea } from '@/lib/entry/page';
import { ZPersonId } from '@/lib/validation/person';
import { updatePersonAction } from '../../person-form-actions';
import { deletePersonAction } from '../../trash/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('personForm'))('editTitle') };
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireArea('people');
  const id = ZPersonId.safeParse((await params).id);
  if (!id.success) notFound();
  const [t, tTrash, form, precincts] = await Promise.all([
    getTranslations('personForm'),
    getTranslations('trash'),
    loadOr404(getPersonFormValues(actor, id.data)),
    listPrecinctOptions(actor),
  ]);
  const name = [form.values.preferredName || form.values.givenName, form.values.familyName].filter(Boolean).join(' ');
  return (
    <>
      <PageHeader title={t('editTitle')} subtitle={name} />
      <PersonForm action={updatePersonAction} initial={{ ...form.values, id: id.data }} version={form.version} precincts={precincts} cancelHref={`/people/${id.data}`} submitLabel={t('save')} />
      {actor.role !== 'MEMBER' ? (
        <div className="mt-10 space-y-3">
          <ConfirmButton action={deletePersonAction} id={id.data} label={tTrash('delete')} explanation={tTrash('deleteExplain')} confirmLabel={tTrash('confirmDelete')} />
          {actor.role === 'ADMIN' ? (
            <Link href={`/people/merge?a=${id.data}`} className="inline-block text-sm font-medium text-brand-800 hover:underline">
              {t('mergeLink')}
            </Link>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
