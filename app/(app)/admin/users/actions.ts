'use server';

import { revalidatePath } from 'next/cache';
import { getFormatter, getTranslations } from 'next-intl/server';
import { authedAction } from '@/lib/entry/action';
import { appOrigin } from '@/lib/auth/origin';
import { createResetLink, inviteUser, renewInvitation, type TNewLink } from '@/lib/data/account/invitations';
import { searchPeopleToLink, setUserDisabled, setUserRole, setUserScope } from '@/lib/data/admin/users';
import { mailConfigured, sendMail } from '@/lib/mail';
import { accountName } from '@/lib/format/account';
import { smsHref, whatsAppHref } from '@/lib/format/text-links';
import { ZInviteInput } from '@/lib/validation/invitation';
import { ZPersonSearchInput } from '@/lib/validation/person-search';
import { ZSetDisabledInput, ZSetRoleInput, ZSetScopeInput, ZUserIdInput } from '@/lib/validation/user';

export type TDelivered = {
  userId: string;
  /** The account, as shown: its email, else its phone. */
  account: string;
  url: string | null;
  emailed: boolean;
  expiresAt: string;
  /** For an account with a phone: the link in a message ready to send by WhatsApp or SMS. */
  share: { whatsApp: string; sms: string } | null;
};

/**
 * Emails the link when the account has an email and SMTP is configured; otherwise (or if sending
 * fails) hands it to the leader to pass on, ready to send by WhatsApp or SMS when there is a phone.
 */
async function deliver(link: TNewLink, kind: 'invite' | 'reset'): Promise<TDelivered> {
  const url = `${await appOrigin()}/${kind}/${link.token}`;
  const [t, format] = await Promise.all([getTranslations('oneTimeLink'), getFormatter()]);
  const expires = format.dateTime(link.expiresAt, { dateStyle: 'long', timeStyle: 'short' });
  let emailed = false;
  if (mailConfigured() && link.email) {
    emailed = await sendMail({ to: link.email, subject: t(`mail.${kind}Subject`), text: t(`mail.${kind}Body`, { url, expires }) });
  }
  revalidatePath('/admin/users');
  revalidatePath(`/admin/users/${link.userId}`);
  const message = t(`share.${kind}Text`, { url, expires });
  // Security: once emailed, the link is not also shown on screen.
  return {
    userId: link.userId,
    account: accountName(link),
    url: emailed ? null : url,
    emailed,
    expiresAt: link.expiresAt.toISOString(),
    share: !emailed && link.phone ? { whatsApp: whatsAppHref(link.phone, message), sms: smsHref(link.phone, message) } : null,
  };
}

export const inviteAction = authedAction(ZInviteInput, async (actor, input) => deliver(await inviteUser(actor, input), 'invite'));

export const renewInvitationAction = authedAction(ZUserIdInput, async (actor, { userId }) => deliver(await renewInvitation(actor, userId), 'invite'));

export const resetLinkAction = authedAction(ZUserIdInput, async (actor, { userId }) => deliver(await createResetLink(actor, userId), 'reset'));

/** The invitation's picker: people without an account yet. */
export const searchPeopleToLinkAction = authedAction(ZPersonSearchInput, (actor, { q }) => searchPeopleToLink(actor, q));

const done = (userId: string) => {
  revalidatePath('/admin/users');
  revalidatePath(`/admin/users/${userId}`);
  return { userId };
};

export const setRoleAction = authedAction(ZSetRoleInput, async (actor, input) => {
  await setUserRole(actor, input);
  return done(input.userId);
});

export const setDisabledAction = authedAction(ZSetDisabledInput, async (actor, input) => {
  await setUserDisabled(actor, input);
  return { ...done(input.userId), disabled: input.disabled };
});

export const setScopeAction = authedAction(ZSetScopeInput, async (actor, { userId, ...scope }) => {
  await setUserScope(actor, userId, scope);
  return done(userId);
});
