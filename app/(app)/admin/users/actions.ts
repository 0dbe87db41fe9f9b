'use server';

import { revalidatePath } from 'next/cache';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { authedAction } from '@/lib/entry/action';
import { appOrigin } from '@/lib/auth/origin';
import { createResetLink, inviteUser, renewInvitation, type TNewLink } from '@/lib/data/account/invitations';
import { searchPeopleToLink, setUserDisabled, setUserRole, setUserScope } from '@/lib/data/admin/users';
import { resetSecondFactor } from '@/lib/data/account/two-factor';
import { mailConfigured, sendMail } from '@/lib/mail';
import { accountName } from '@/lib/format/account';
import { smsHref, whatsAppHref } from '@/lib/format/text-links';
import { inviteInput } from '@/lib/validation/invitation';
import { ZPersonSearchInput } from '@/lib/validation/person-search';
import { ZSetDisabledInput, ZSetRoleInput, ZSetScopeInput, ZUserIdInput } from '@/lib/validation/user';

export type TDelivered = {
  userId: string;
  /** The account, as shown: its email, else its phone. */
  account: string;
  url: string | null;
  emailed: boolean;
  /** Sending the email was tried and failed: the page says so beside the link. */
  mailFailed: boolean;
  expiresAt: string;
  /** For an account with a phone: the link in a message ready to send by WhatsApp or SMS. */
  share: { whatsApp: string; sms: string } | null;
};

/**
 * Emails the link when the account has an email and SMTP is configured; otherwise (or if sending
 * fails, which it then says) hands it to the leader to pass on, ready to send by WhatsApp or SMS
 * when there is a phone.
 */
async function deliver(link: TNewLink, kind: 'invite' | 'reset'): Promise<TDelivered> {
  const url = `${await appOrigin()}/${kind}/${link.token}`;
  const [t, format] = await Promise.all([getTranslations('oneTimeLink'), getFormatter()]);
  const expires = format.dateTime(link.expiresAt, { dateStyle: 'long', timeStyle: 'short' });
  let mail: 'sent' | 'failed' | 'off' = 'off';
  if (mailConfigured() && link.email) {
    mail = await sendMail({ to: link.email, subject: t(`mail.${kind}Subject`), text: t(`mail.${kind}Body`, { url, expires }) });
  }
  revalidatePath('/admin/users');
  revalidatePath(`/admin/users/${link.userId}`);
  const message = t(`share.${kind}Text`, { url, expires });
  // Security: once emailed, the link is not also shown on screen.
  const emailed = mail === 'sent';
  return {
    userId: link.userId,
    account: accountName(link),
    url: emailed ? null : url,
    emailed,
    mailFailed: mail === 'failed',
    expiresAt: link.expiresAt.toISOString(),
    share: !emailed && link.phone ? { whatsApp: whatsAppHref(link.phone, message), sms: smsHref(link.phone, message) } : null,
  };
}

export const inviteAction = authedAction(inviteInput, async (actor, input) => deliver(await inviteUser(actor, input), 'invite'));

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

/** Someone lost their phone and their recovery codes: their second factor is reset, and they are signed out everywhere. */
export const resetSecondFactorAction = authedAction(z.object({ id: z.uuid() }), (actor, { id }) => resetSecondFactor(actor, id), { revalidate: ['/admin/users'] });
