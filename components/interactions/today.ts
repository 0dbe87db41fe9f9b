/** Today's calendar day (YYYY-MM-DD) in the organization's time zone: what "due" and "overdue" are measured against. */
export function todayIn(timeZone: string, now = new Date()): string {
  // en-CA formats a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
