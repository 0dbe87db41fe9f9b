// Rows of one file that share an email or a phone are one person: grouped with a union-find, so
// that A~B by email and B~C by phone put A, B and C together. Each group is named by its first row.

export class RowClusters {
  private parent: number[] = [];
  private owner = new Map<string, number>();

  /** Adds row `index` (0, 1, 2, ... in file order) with its emails and phones. */
  add(index: number, keys: string[]): void {
    this.parent[index] = index;
    for (const key of keys) {
      const other = this.owner.get(key);
      if (other === undefined) this.owner.set(key, index);
      else this.union(other, index);
    }
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
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  /** The group of row `index`: the index of the group's first row. */
  clusterOf(index: number): number {
    return this.find(index);
  }
}
