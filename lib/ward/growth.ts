// Membership over time: the count of members at the end of each month, and how many times
// larger the membership is than twelve months before.

/** The first day (UTC) of each of the `months` months ending with the month holding `now`, oldest first. */
export function monthStarts(now: Date, months: number): Date[] {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return Array.from({ length: months }, (_, i) => new Date(Date.UTC(y, m - (months - 1 - i), 1)));
}

/** "2026-03" for a month start; the key the data layer and the chart share. */
export const monthKey = (d: Date) => d.toISOString().slice(0, 7);

/**
 * Cumulative members at the end of each month from the number who joined in each month, and
 * those who joined before the first month shown.
 */
export function cumulativeSeries(months: Date[], joinedByMonth: Map<string, number>, before: number) {
  let total = before;
  return months.map((m) => {
    total += joinedByMonth.get(monthKey(m)) ?? 0;
    return { month: monthKey(m), members: total };
  });
}

/** This month's members over the same month a year before (4 means "quadrupled"); null without a base. */
export function yearOnYearFactor(series: { members: number }[]): number | null {
  if (series.length < 13) return null;
  const now = series[series.length - 1]!.members;
  const yearAgo = series[series.length - 13]!.members;
  return yearAgo === 0 ? null : now / yearAgo;
}
