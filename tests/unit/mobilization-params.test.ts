import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../lib/mobilization/funnel';
import { ZMobilizationPeopleParams, ZMobilizationsParams } from '../../lib/validation/mobilization';

// The mobilization pages' URLs are user input: a value that is not one of theirs shows the
// default view, never an error page.

describe('the mobilizations page URL', () => {
  it('shows upcoming ones unless past is asked for', () => {
    expect(ZMobilizationsParams.parse({})).toEqual({ when: 'upcoming' });
    expect(ZMobilizationsParams.parse({ when: 'upcoming' })).toEqual({ when: 'upcoming' });
    expect(ZMobilizationsParams.parse({ when: 'past' })).toEqual({ when: 'past' });
  });

  it('falls back to upcoming for anything else', () => {
    for (const when of ['PAST', 'future', '', ' past', 'x'.repeat(5000)]) expect(ZMobilizationsParams.parse({ when }), when).toEqual({ when: 'upcoming' });
    expect(ZMobilizationsParams.parse({ when: ['nope', 'past'] })).toEqual({ when: 'upcoming' });
    // Given twice, the first counts, as for every page's params.
    expect(ZMobilizationsParams.parse({ when: ['past', 'upcoming'] })).toEqual({ when: 'past' });
  });
});

describe('a mobilization page URL', () => {
  it('filters the people by each status, or shows them all', () => {
    expect(ZMobilizationPeopleParams.parse({})).toEqual({ status: undefined });
    for (const status of STATUSES) expect(ZMobilizationPeopleParams.parse({ status })).toEqual({ status });
  });

  it('shows them all for a status that is not one', () => {
    for (const status of ['asked', 'MAYBE', '', 'ASKED ', '<script>']) expect(ZMobilizationPeopleParams.parse({ status }), status).toEqual({ status: undefined });
    expect(ZMobilizationPeopleParams.parse({ status: ['nope', 'ASKED'] })).toEqual({ status: undefined });
    expect(ZMobilizationPeopleParams.parse({ status: ['CONFIRMED', 'ASKED'] })).toEqual({ status: 'CONFIRMED' });
  });
});
