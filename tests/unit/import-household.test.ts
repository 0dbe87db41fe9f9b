import { describe, expect, it } from 'vitest';
import { foldName, namesClearlyDiffer, type THouseholdName } from '../../lib/import/household';
import { RowClusters } from '../../lib/import/cluster';

const n = (givenName: string | null, preferredName: string | null = null): THouseholdName => ({ givenName, preferredName });

describe('the household rule: who sharing a phone or email is clearly someone else', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldName('  María-José ')).toBe('maria jose');
    expect(foldName('ÁNGELES')).toBe('angeles');
  });

  it('tells apart different first names', () => {
    expect(namesClearlyDiffer(n('Martín'), n('Araceli'))).toBe(true);
    expect(namesClearlyDiffer(n('Sofía'), n('Ramón'))).toBe(true);
    // Mother and daughter, both María: the second names tell them apart.
    expect(namesClearlyDiffer(n('María Elena'), n('María Luisa'))).toBe(true);
    // A man and a woman whose names differ by their last letter.
    expect(namesClearlyDiffer(n('Juan'), n('Juana'))).toBe(true);
    expect(namesClearlyDiffer(n('Luisa'), n('Luis'))).toBe(true);
    expect(namesClearlyDiffer(n('Daniel'), n('Daniela'))).toBe(true);
  });

  it('keeps as one person the same name written another way, shortened, a nickname or an initial', () => {
    expect(namesClearlyDiffer(n('Maria'), n('MARÍA'))).toBe(false);
    expect(namesClearlyDiffer(n('María'), n('María Elena'))).toBe(false);
    expect(namesClearlyDiffer(n('Elena'), n('María Elena'))).toBe(false);
    expect(namesClearlyDiffer(n('Lupe'), n('Guadalupe'))).toBe(false);
    expect(namesClearlyDiffer(n('Pepe'), n('José'))).toBe(false);
    expect(namesClearlyDiffer(n('Bill'), n('William'))).toBe(false);
    expect(namesClearlyDiffer(n('J. Luis'), n('José Luis'))).toBe(false);
    expect(namesClearlyDiffer(n('Juanita'), n('Juana'))).toBe(false);
    expect(namesClearlyDiffer(n('Nuevita'), n('Nueva'))).toBe(false);
    expect(namesClearlyDiffer(n('Xime'), n('Ximena'))).toBe(false);
    expect(namesClearlyDiffer(n('Kei'), n('Keila'))).toBe(false);
  });

  it('reads "goes by" as a first name too', () => {
    expect(namesClearlyDiffer(n('Guadalupe', 'Lupita'), n('Lupita'))).toBe(false);
    expect(namesClearlyDiffer(n('Francisco', 'Paco'), n('Pancho'))).toBe(false);
    expect(namesClearlyDiffer(n(null, 'Chayo'), n('Rosario'))).toBe(false);
  });

  it('never calls someone without a first name, or with only an initial, someone else', () => {
    expect(namesClearlyDiffer(n(null), n('Araceli'))).toBe(false);
    expect(namesClearlyDiffer(n(''), n('Araceli'))).toBe(false);
    expect(namesClearlyDiffer(n('J.'), n('Araceli'))).toBe(false);
  });
});

describe('grouping the rows of a file', () => {
  it('groups rows that share a phone or email and may be one person; records the others as household pairs', () => {
    const c = new RowClusters();
    c.add(0, ['p:1', 'e:martin'], n('Martín'));
    c.add(1, ['p:1'], n('Araceli'));
    c.add(2, ['p:1', 'e:ara'], n('Araceli')); // Araceli again: with her first row, not with Martín
    c.add(3, ['e:martin'], n('Martin')); // Martín again, by email
    c.add(4, ['e:ara'], n(null)); // no first name: joins the group that has the email
    expect([0, 1, 2, 3, 4].map((i) => c.clusterOf(i))).toEqual([0, 1, 1, 0, 1]);
    expect(c.households()).toEqual([{ a: 1, b: 0, via: 'phone' }]);
  });

  it('names a group by its first row with a first name, so a nameless first row decides nothing', () => {
    const c = new RowClusters();
    c.add(0, ['p:1'], n(null));
    c.add(1, ['p:1'], n('Martín'));
    c.add(2, ['p:1'], n('Araceli'));
    c.add(3, ['p:2'], n('Rosa'));
    expect([0, 1, 2, 3].map((i) => c.clusterOf(i))).toEqual([0, 0, 2, 3]);
    expect(c.households()).toEqual([{ a: 2, b: 0, via: 'phone' }]);
  });
});
