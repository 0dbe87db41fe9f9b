'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/entry/action';
import { addAffiliation, removeAffiliation, searchPeopleForOrganization, updateAffiliation } from '@/lib/data/organizations/affiliations';
import { createOrganization, updateOrganization } from '@/lib/data/organizations/write';
import { ZAffiliationInput, ZAffiliationKey, ZCreateOrganizationInput, ZUpdateOrganizationInput } from '@/lib/validation/organization';
import { editsOf } from '@/lib/validation/edits';
import { ZPersonSearchInput } from '@/lib/validation/person-search';

// Every action checks scope and ownership in the data layer: anything out of reach answers "not found".

const organizationPage = (id: string) => revalidatePath(`/organizations/${id}`);

export const searchOrganizationCandidatesAction = authedAction(ZPersonSearchInput.required({ targetId: true }), (actor, { targetId, q }) =>
  searchPeopleForOrganization(actor, targetId, q),
);

export const addAffiliationAction = authedAction(
  ZAffiliationInput,
  async (actor, input) => {
    const { name } = await addAffiliation(actor, input);
    organizationPage(input.organizationId);
    return { name };
  },
  { revalidate: ['/organizations'] },
);

export const updateAffiliationAction = authedAction(
  ZAffiliationInput,
  async (actor, input) => {
    await updateAffiliation(actor, input);
    organizationPage(input.organizationId);
    return { personId: input.personId };
  },
  { revalidate: ['/organizations'] },
);

export const removeAffiliationAction = authedAction(
  ZAffiliationKey,
  async (actor, input) => {
    await removeAffiliation(actor, input);
    organizationPage(input.organizationId);
    return { personId: input.personId };
  },
  { revalidate: ['/organizations'] },
);

export const createOrganizationAction = authedAction(ZCreateOrganizationInput, async (actor, input) => {
  const { id } = await createOrganization(actor, input);
  redirect(`/organizations/${id}`);
}, { revalidate: ['/organizations'], idempotent: 'createOrganization' });

export const updateOrganizationAction = authedAction(ZUpdateOrganizationInput, async (actor, { acceptVersion, version, original, edited, ...input }) => {
  // After a conflict the user may save their changes over the newer version.
  await updateOrganization(actor, { ...input, version: acceptVersion ?? version, edits: editsOf({ original, edited }) });
  organizationPage(input.id);
  redirect(`/organizations/${input.id}`);
}, { revalidate: ['/organizations'] });
