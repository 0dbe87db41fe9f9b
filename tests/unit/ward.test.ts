import { describe, expect, it } from 'vitest';
import { funnelOf, statusAfterAnswer, turnoutRate } from '../../lib/mobilization/funnel';
import { mobilizationForm } from '../../lib/validation/mobilization';
import { csvRecords, parseElectionCsv } from '../../lib/ward/election-csv';
import { monthStarts, yearOnYearFactor } from '../../lib/ward/growth';
import { strengthScore } from '../../lib/ward/strength';

describe('election results CSV', () => {
  it('reads quoted fields with commas, quotes and newlines, CRLF and a BOM', () => {
    const r = csvRecords('\uFEFFa,"b, ""c""",d\r\n1,"two\nlines",3\n');
    expect(r).toEqual({ records: [{ line: 1, fields: ['a', 'b, "c"', 'd'] }, { line: 2, fields: ['1', 'two\nlines', '3'] }] });
  });

  it('accepts any named vote columns, in any order, and thousands separators', () => {
    const r = parseElectionCsv('Precinct,Ward,Ballots,Registered,Yes on 3,No on 3\n7,25,"1,020","2,000",600,400\n');
    expect(r).toEqual({ ok: true, voteColumns: ['Yes on 3', 'No on 3'], rows: [{ line: 2, ward: 25, precinct: 7, registered: 2000, ballots: 1020, votes: [600, 400] }] });
  });

  it.each([
    ['', { line: 1, reason: 'empty' }],
    ['ward,precinct,registered\n', { line: 1, reason: 'missingColumn', column: 'ballots' }],
    ['ward,precinct,registered,ballots,A,a\n', { line: 1, reason: 'duplicateColumn', column: 'a' }],
    ['ward,precinct,registered,ballots\n', { line: 2, reason: 'empty' }],
    ['ward,precinct,registered,ballots\n25,1,10\n', { line: 2, reason: 'fieldCount' }],
    ['ward,precinct,registered,ballots\n25,1,10,5\n25,2,ten,5\n', { line: 3, reason: 'notANumber', column: 'registered' }],
    ['ward,precinct,registered,ballots\n25,1,10,-5\n', { line: 2, reason: 'notANumber', column: 'ballots' }],
    ['ward,precinct,registered,ballots,X\n25,1,10,5,6\n', { line: 2, reason: 'votesOverBallots' }],
    ['ward,precinct,registered,ballots\n25,1,10,5\n\n25,1,10,5\n', { line: 4, reason: 'duplicatePrecinct' }],
    ['ward,precinct,registered,ballots\n25,1,"10,5\n', { line: 2, reason: 'unclosedQuote' }],
  ])('refuses %j with its line and reason', (csv, error) => {
    expect(parseElectionCsv(csv)).toEqual({ ok: false, error });
  });
});

describe('mobilization figures', () => {
  it('nests the funnel and rates turnout among those who said yes', () => {
    const f = funnelOf({ ASKED: 3, COMMITTED: 2, CONFIRMED: 4, ATTENDED: 5, NO_SHOW: 1, DECLINED: 2 });
    expect(f).toEqual({ asked: 17, committed: 12, confirmed: 10, attended: 5, noShow: 1, declined: 2 });
    expect(turnoutRate(f)).toBeCloseTo(5 / 12);
    expect(turnoutRate(funnelOf({ ASKED: 3 }))).toBeNull();
  });

  it("a member's yes keeps a confirmation; no declines", () => {
    expect(statusAfterAnswer('ASKED', 'yes')).toBe('COMMITTED');
    expect(statusAfterAnswer('CONFIRMED', 'yes')).toBe('CONFIRMED');
    expect(statusAfterAnswer('CONFIRMED', 'no')).toBe('DECLINED');
  });

  it('parses the form: quotas from repeated fields, empty rows dropped, duplicates refused', () => {
    const ZMobilizationForm = mobilizationForm({ timeZone: 'America/Chicago' });
    const base = { name: 'Bus', kind: 'BUS_TRIP', startsAt: '2027-03-01T08:00', goal: '40', goalUnit: 'SEATS' };
    const ok = ZMobilizationForm.parse({ ...base, quotaRef: ['open', '', 'circle:11111111-1111-4111-8111-111111111111'], quotaTarget: ['10', '', '12'] });
    expect(ok.quotas).toEqual([{ ref: 'open', target: 10 }, { ref: 'circle:11111111-1111-4111-8111-111111111111', target: 12 }]);
    const dup = ZMobilizationForm.safeParse({ ...base, quotaRef: ['open', 'open'], quotaTarget: ['1', '2'] });
    expect(dup.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['quotas.1', 'duplicateInForm']]);
    expect(ZMobilizationForm.safeParse({ ...base, goal: '0' }).error?.issues[0]?.message).toBe('goalPositive');
    // The start is read on the organization's clock, whichever zone it set.
    expect(ok.startsAt).toEqual(new Date('2027-03-01T14:00:00Z'));
    expect(mobilizationForm({ timeZone: 'America/Los_Angeles' }).parse(base).startsAt).toEqual(new Date('2027-03-01T16:00:00Z'));
  });
});

describe('ward figures', () => {
  it('scores a precinct by the published weights', () => {
    expect(strengthScore({ people: 10, members: 2, leaders: 1, circles: 3, relationships: 4, interactions: 6, captain: true })).toBe(10 + 6 + 5 + 12 + 8 + 6 + 10);
    expect(strengthScore({ people: 0, members: 0, leaders: 0, circles: 0, relationships: 0, interactions: 0, captain: false })).toBe(0);
  });

  it('lists month starts and the year-on-year factor', () => {
    expect(monthStarts(new Date('2027-02-20T00:00:00Z'), 3).map((d) => d.toISOString().slice(0, 7))).toEqual(['2026-12', '2027-01', '2027-02']);
    const series = Array.from({ length: 13 }, (_, i) => ({ members: i === 0 ? 25 : 100 }));
    expect(yearOnYearFactor(series)).toBe(4);
    expect(yearOnYearFactor(series.slice(1))).toBeNull();
    expect(yearOnYearFactor([{ members: 0 }, ...series.slice(1)])).toBeNull();
  });
});
