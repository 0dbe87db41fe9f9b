import { formatPhone } from '@/lib/format/phone';

/** How an account is named where its person's name is not shown: its email, else its phone. */
export function accountName(u: { email: string | null; phone?: string | null }): string {
  return u.email ?? (u.phone ? formatPhone(u.phone) : '');
}
