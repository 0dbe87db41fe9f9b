import { namesClearlyDiffer, type THouseholdName } from '@/lib/import/household';

// Rows of one file that share an email or a phone are one person: grouped with a union-find, so
// that A~B by email and B~C by phone put A, B and C together. Each group is named by its first row.
// The household rule (lib/import/household.ts): a row whose first name is clearly different from
// a group's it shares a phone or email with stays apart, and the two are kept as a household pair.

export type THouseholdPair = { a: number; b: number; via: 'email' | 'phone' };

export class RowClusters {
  private parent: number[] = [];
  /** The first row of each group that has a first name, which the group's name is compared by (-1: none yet). */
  private named: number[] = [];
  private names: (THouseholdName | null)[] = [];
  /** For each email or phone, the groups that hold it: one, unless a household shares it. */
  private holders = new Map<string, number[]>();
  private pairs: THouseholdPair[] = [];

  /** Adds row `index` (0, 1, 2, ... in file order) with its emails and phones ("e:…", "p:…") and its name. */
  add(index: number, keys: string[], name: THouseholdName | null = null): void {
    this.parent[index] = index;
    this.names[index] = name;
    this.named[index] = name && (name.givenName || name.preferredName) ? index : -1;
    for (const key of keys) {
      const holders = this.holders.get(key);
      if (!holders) {
        this.holders.set(key, [index]);
        continue;
      }
      let joined = false;
      for (const other of holders) {
        const [theirs, mine] = [this.find(other), this.find(index)];
        if (theirs === mine) joined = true;
        else if (namesClearlyDiffer(this.nameOf(theirs), this.nameOf(mine))) this.pairs.push({ a: index, b: other, via: key.startsWith('e:') ? 'email' : 'phone' });
        else {
          this.union(theirs, mine);
          joined = true;
        }
      }
      if (!joined) holders.push(index);
    }
  }

  private nameOf(root: number): THouseholdName {
    const row = this.named[root]!;
    return (row >= 0 ? this.names[row] : null) ?? { givenName: null, preferredName: null };
  }

  private find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression keeps later finds short.
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The earlier row names the group.
    const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[gone] = keep;
    if (this.named[keep]! < 0 || (this.named[gone]! >= 0 && this.named[gone]! < this.named[keep]!)) this.named[keep] = this.named[gone]!;
  }

  /** The group of row `index`: the index of the group's first row. */
  clusterOf(index: number): number {
    return this.find(index);
  }

  /** The household pairs, as groups (the later one first), each pair once, once every row is in. */
  households(): THouseholdPair[] {
    const seen = new Set<string>();
    return this.pairs.flatMap((p) => {
      const [a, b] = [this.find(p.a), this.find(p.b)];
      const key = `${Math.min(a, b)}:${Math.max(a, b)}`;
      if (a === b || seen.has(key)) return [];
      seen.add(key);
      return [{ a: Math.max(a, b), b: Math.min(a, b), via: p.via }];
    });
  }
}
