import { describe, expect, it } from 'vitest';
import { planColumns } from '@/lib/import/headers';
import { tags } from '@/lib/import/values';
import { ZOsdiTagName } from '@/lib/osdi/schemas';
import { tagListText } from '@/lib/validation/form-helpers';
import { isForbiddenName } from '@/lib/vocabulary/privacy';
import { FORBIDDEN_HEADERS, FORBIDDEN_TAGS, ORDINARY_HEADERS, ORDINARY_TAGS } from '../support/privacy';

// DESIGN.md: Leaven never keeps immigration status, citizenship, visa, country of birth, social
// security or alien numbers. Sign-in sheets name them in English and Spanish, abbreviated, dotted,
// with or without accents; a column so named is dropped before the upload stores anything, and a
// tag so named is refused. Ordinary columns and tags must go on being kept.

describe('the privacy vocabulary, in English and Spanish', () => {
  it.each(FORBIDDEN_HEADERS)('catches the header %j', (h) => expect(isForbiddenName(h)).toBe(true));
  it.each(ORDINARY_HEADERS)('keeps the ordinary header %j', (h) => expect(isForbiddenName(h)).toBe(false));

  it('drops every such column of a file before it is staged, and keeps the others', () => {
    const headers = [...ORDINARY_HEADERS.slice(0, 10), ...FORBIDDEN_HEADERS];
    const plan = planColumns(headers);
    expect(plan.skipped).toEqual(FORBIDDEN_HEADERS);
    expect(plan.kept).toEqual([...Array(10).keys()]);
  });

  it('refuses such tags in the person form and the API, and drops them from an import', () => {
    for (const tag of FORBIDDEN_TAGS) {
      expect(tagListText.safeParse(`volunteer, ${tag}`).success, tag).toBe(false);
      expect(ZOsdiTagName.safeParse(tag).success, tag).toBe(false);
    }
    expect(tags(FORBIDDEN_TAGS.join(';'))).toEqual({ ok: true, value: { tags: [], dropped: FORBIDDEN_TAGS.length } });
    expect(tagListText.parse(ORDINARY_TAGS.join(','))).toEqual(ORDINARY_TAGS);
    for (const tag of ORDINARY_TAGS) expect(ZOsdiTagName.safeParse(tag).success, tag).toBe(true);
  });
});
