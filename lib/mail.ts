import 'server-only';
import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { env } from '@/lib/env';

// Email, only when the organization configured an SMTP server (SMTP_URL, e.g.
// smtps://user:pass@mail.example.org:465). Without one, links are shown to the leader instead.

export const mailConfigured = () => Boolean(env().SMTP_URL);

// nodemailer waits up to two minutes to connect and ten for a silent socket by default: a click
// that sends an invitation would hang that long on an unreachable server. A few seconds each.
export const MAIL_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 } as const;

export type TMailOutcome = 'sent' | 'failed';

/** Sends a plain-text email; 'failed' when the server is unreachable, silent, or refuses it. Call only when mailConfigured(). */
export async function sendMail(
  { to, subject, text }: { to: string; subject: string; text: string },
  timeouts: { connectionTimeout: number; greetingTimeout: number; socketTimeout: number } = MAIL_TIMEOUTS,
): Promise<TMailOutcome> {
  const { SMTP_URL: url, SMTP_FROM: from } = env();
  if (!url) return 'failed';
  try {
    // createTransport({ url, ... }) would drop every option beside the URL; the transport itself keeps both.
    const transport = nodemailer.createTransport(new SMTPTransport({ url, ...timeouts }));
    await transport.sendMail({ from: from || decodeURIComponent(new URL(url).username) || undefined, to, subject, text });
    return 'sent';
  } catch (e) {
    // The leader still gets the link on screen, told that the email did not go; the log says why (no address in it).
    console.error('[mail] could not send:', e instanceof Error ? e.message : e);
    return 'failed';
  }
}
