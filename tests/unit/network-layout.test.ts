import { describe, expect, it } from 'vitest';
import { layoutNetwork, MAX_NODES, RING1_RADIUS, RING2_RADIUS, VIEW } from '../../components/network/network-layout';
import type { TNetworkData } from '../../lib/data/profile/network';

const person = (i: number) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, givenName: `Name${i}`, familyName: 'Test', preferredName: null });
const center = person(0);

function data(direct: number, second: number, circles = 2): TNetworkData {
  const people1 = Array.from({ length: direct }, (_, i) => ({ ...person(i + 1), strength: (i % 3) + 1, kind: 'FRIEND' as const }));
  return {
    people1,
    circles1: Array.from({ length: circles }, (_, i) => ({ id: `c1-${i}`, name: `Club ${i}`, kind: 'HOMETOWN_CLUB' as const })),
    links1: direct > 1 ? [{ a: people1[0]!.id, b: people1[1]!.id, strength: 2 }] : [],
    memberships1: direct ? [{ personId: people1[0]!.id, circleId: 'c1-0' }] : [],
    people2: Array.from({ length: second }, (_, i) => ({ ...person(1000 + i), via: [{ id: people1[i % direct]!.id, strength: 1 }] })),
    people2Total: second,
    circles2: [],
    circles2Total: 0,
  };
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('the network layout', () => {
  it('puts the person in the centre, direct ties on ring 1 and second-step ties on ring 2', () => {
    const { nodes } = layoutNetwork(center, data(5, 6));
    const mid = { x: VIEW / 2, y: VIEW / 2 };
    expect(nodes[0]).toMatchObject({ kind: 'center', x: mid.x, y: mid.y });
    for (const n of nodes.filter((x) => x.ring === 1)) expect(dist(n, mid)).toBeCloseTo(RING1_RADIUS, 0);
    for (const n of nodes.filter((x) => x.ring === 2)) expect(dist(n, mid)).toBeCloseTo(RING2_RADIUS, 0);
    expect(nodes.filter((n) => n.ring === 1).map((n) => n.kind)).toEqual(['person', 'person', 'person', 'person', 'person', 'circle', 'circle']);
    expect(nodes.filter((n) => n.ring === 2)).toHaveLength(6);
  });

  it('places a second-step tie just outside the first-step tie it hangs from', () => {
    const { nodes, edges } = layoutNetwork(center, data(4, 4, 0));
    const mid = { x: VIEW / 2, y: VIEW / 2 };
    const angle = (n: { x: number; y: number }) => Math.atan2(n.y - mid.y, n.x - mid.x);
    for (const n of nodes.filter((x) => x.ring === 2)) {
      const parent = nodes.find((m) => m.ring === 1 && edges.some((e) => e.from === m.key && e.to === n.key))!;
      const gap = Math.abs(Math.atan2(Math.sin(angle(n) - angle(parent)), Math.cos(angle(n) - angle(parent))));
      expect(gap).toBeLessThan(Math.PI / 6);
    }
  });

  it('is deterministic: the same data gives the same picture', () => {
    expect(layoutNetwork(center, data(9, 20))).toEqual(layoutNetwork(center, data(9, 20)));
  });

  it('caps a big network to a readable number of nodes and counts the rest as "+N more"', () => {
    const big = data(50, 200, 6);
    const { nodes, hidden } = layoutNetwork(center, big);
    expect(nodes.length).toBeLessThanOrEqual(MAX_NODES);
    expect(nodes.length + hidden - 1).toBe(50 + 6 + 200);
    // Nodes on a ring never sit on top of each other.
    for (const ring of [1, 2]) {
      const on = nodes.filter((n) => n.ring === ring);
      for (let i = 0; i < on.length; i++) for (let j = i + 1; j < on.length; j++) expect(dist(on[i]!, on[j]!)).toBeGreaterThan(28);
    }
    // Everything stays inside the drawing.
    for (const n of nodes) for (const c of [n.x, n.y]) expect(c > 10 && c < VIEW - 10).toBe(true);
  });

  it('draws only edges between nodes it shows, and second-ring nodes hang from a shown first-ring tie', () => {
    const { nodes, edges } = layoutNetwork(center, data(20, 40));
    const keys = new Set(nodes.map((n) => n.key));
    for (const e of edges) expect(keys.has(e.from) && keys.has(e.to)).toBe(true);
    for (const n of nodes.filter((x) => x.ring === 2)) {
      expect(edges.some((e) => e.to === n.key && nodes.find((m) => m.key === e.from)?.ring === 1)).toBe(true);
    }
    expect(edges.some((e) => e.membership)).toBe(true);
  });

  it('has nothing to draw for someone with no ties', () => {
    const { nodes, hidden } = layoutNetwork(center, data(0, 0, 0));
    expect(nodes).toHaveLength(1);
    expect(hidden).toBe(0);
  });
});
