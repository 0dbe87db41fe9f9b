import 'server-only';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';

// Email, only when the organization configured an SMTP server (SMTP_URL, e.g.
// smtps://user:pass@mail.example.org:465). Without one, links are shown to the leader instead.

export const mailConfigured = () => Boolean(env().SMTP_URL);

/** Sends a plain-text email; false when no SMTP server is configured or the server refused it. */
export async function sendMail({ to, subject, text }: { to: string; subject: string; text: string }): Promise<boolean> {
  const { SMTP_URL: url, SMTP_FROM: from } = env();
  if (!url) return false;
  try {
    const transport = nodemailer.createTransport(url);
    await transport.sendMail({ from: from || decodeURIComponent(new URL(url).username) || undefined, to, subject, text });
    return true;
  } catch (e) {
    // The leader still gets the link on screen; the log says why it was not sent (no address in it).
    console.error('[mail] could not send:', e instanceof Error ? e.message : e);
    return false;
  }
}
