import type { TNetworkData } from '@/lib/data/profile/network';
import { displayName, initials } from '@/lib/format/person-name';

// A deterministic radial layout for the network picture: the person in the centre, their direct
// ties on the first ring, the ties of those ties on the second. The same data always gives the
// same picture (no force simulation, no randomness), and it is capped to stay readable on a phone.

export const VIEW = 340;
const C = VIEW / 2;
export const RING1_RADIUS = 92;
export const RING2_RADIUS = 148;
export const MAX_NODES = 30;
const RING1_MAX = 12;
const RING1_CIRCLES_MAX = 4;
/** Ring 2 takes what ring 1 leaves of MAX_NODES, but never more than fits around it. */
const RING2_MAX = 18;

export type TNetNode = {
  key: string;
  id: string;
  kind: 'center' | 'person' | 'circle';
  ring: 0 | 1 | 2;
  name: string;
  /** What the person goes by (or the circle's first words), for a label beside the node. */
  label: string;
  /** Two letters drawn inside the node. */
  mark: string;
  x: number;
  y: number;
  /** For step-two nodes: the names of the step-one people they are reached through. */
  via: string[];
  strength: number;
};
export type TNetEdge = { from: string; to: string; strength: number; membership: boolean };
export type TNetLayout = { nodes: TNetNode[]; edges: TNetEdge[]; hidden: number };

const round = (n: number) => Math.round(n * 10) / 10;
const at = (radius: number, angle: number) => ({ x: round(C + radius * Math.cos(angle)), y: round(C + radius * Math.sin(angle)) });
const TOP = -Math.PI / 2;

type TNameRef = { givenName: string | null; familyName: string | null; preferredName: string | null };
/** The name a person goes by, without the family name: "Lupe", "Rosa", "Doña Cuca". */
const goesBy = (p: TNameRef) => p.preferredName?.trim() || p.givenName?.trim() || p.familyName?.trim() || '—';
/** A circle's first word, or two when the first is short ("25th Ward", "Club Sierra"). */
const circleLabel = (name: string) => {
  const words = name.split(/\s+/);
  return (words[0]?.length ?? 0) <= 4 && words[1] ? `${words[0]} ${words[1]}` : (words[0] ?? name);
};

function circleMark(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 2);
  return ((words[0]?.[0] ?? name[0] ?? '?') + (words[1]?.[0] ?? '')).toUpperCase();
}

const MIN_GAP = (2 * Math.PI) / RING2_MAX;

/**
 * Angles on the outer ring for nodes that want to sit at `wanted` (sorted ascending): each
 * group of equal wishes fans out around its angle, then nodes closer than MIN_GAP are pushed
 * apart. If they cannot all fit that way, they are spread evenly, keeping their order.
 */
export function spreadAround(wanted: number[]): number[] {
  const n = wanted.length;
  if (n === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && wanted[j] === wanted[i]) j++;
    for (let k = i; k < j; k++) out.push(wanted[i]! + (k - i - (j - i - 1) / 2) * MIN_GAP);
    i = j;
  }
  for (let k = 1; k < n; k++) out[k] = Math.max(out[k]!, out[k - 1]! + MIN_GAP);
  // Pushing only forward drifts the whole ring clockwise: turn it back by the average drift.
  const drift = out.reduce((sum, a, k) => sum + a - wanted[k]!, 0) / n;
  for (let k = 0; k < n; k++) out[k] = out[k]! - drift / 2;
  if (n > 1 && out[n - 1]! - out[0]! > 2 * Math.PI - MIN_GAP) {
    const step = (2 * Math.PI) / n;
    return wanted.map((_, k) => wanted[0]! + k * step);
  }
  return out;
}

export function layoutNetwork(center: TNameRef & { id: string }, data: TNetworkData): TNetLayout {
  const nCircles = Math.min(data.circles1.length, Math.max(RING1_CIRCLES_MAX, RING1_MAX - data.people1.length));
  const nPeople = Math.min(data.people1.length, RING1_MAX - nCircles);
  const ring1: TNetNode[] = [
    ...data.people1.slice(0, nPeople).map((p) => ({ key: `p:${p.id}`, id: p.id, kind: 'person' as const, name: displayName(p), label: goesBy(p), mark: initials(p), strength: p.strength })),
    ...data.circles1.slice(0, Math.min(nCircles, RING1_MAX - nPeople)).map((c) => ({ key: `c:${c.id}`, id: c.id, kind: 'circle' as const, name: c.name, label: circleLabel(c.name), mark: circleMark(c.name), strength: 1 })),
  ].map((n, i, all) => ({ ...n, ring: 1 as const, via: [], ...at(RING1_RADIUS, TOP + (2 * Math.PI * i) / all.length) }));

  const angleOf = new Map(ring1.map((n, i) => [n.id, TOP + (2 * Math.PI * i) / ring1.length]));
  const nameOf = new Map(ring1.map((n) => [n.id, n.name]));
  type TCandidate = Omit<TNetNode, 'x' | 'y' | 'ring'> & { anchors: string[] };
  const candidates: TCandidate[] = [
    ...data.people2.map((p) => {
      const anchors = p.via.map((v) => v.id).filter((id) => angleOf.has(id));
      const strength = Math.max(0, ...p.via.filter((v) => angleOf.has(v.id)).map((v) => v.strength));
      return { key: `p:${p.id}`, id: p.id, kind: 'person' as const, name: displayName(p), label: goesBy(p), mark: initials(p), strength, anchors, via: [] };
    }),
    ...data.circles2.map((c) => {
      const anchors = c.via.filter((id) => angleOf.has(id));
      return { key: `c:${c.id}`, id: c.id, kind: 'circle' as const, name: c.name, label: circleLabel(c.name), mark: circleMark(c.name), strength: 1, anchors, via: [] };
    }),
  ].filter((c) => c.anchors.length > 0);
  // Most connected first: a person who knows three of the first ring matters more than one who knows one.
  candidates.sort((a, b) => b.anchors.length - a.anchors.length || b.strength - a.strength || (a.kind === b.kind ? 0 : a.kind === 'person' ? -1 : 1) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const chosen = candidates.slice(0, Math.min(RING2_MAX, MAX_NODES - 1 - ring1.length));

  // Each second-ring node sits just outside the first-ring tie it hangs from: a group fans out
  // around its anchor's angle, then a sweep pushes neighbours apart to a minimum spacing.
  const anchorAngle = (c: TCandidate) => angleOf.get(c.anchors[0]!)!;
  chosen.sort((a, b) => anchorAngle(a) - anchorAngle(b) || a.id.localeCompare(b.id));
  const angles = spreadAround(chosen.map(anchorAngle));
  const ring2: TNetNode[] = chosen.map((c, k) => ({
    key: c.key, id: c.id, kind: c.kind, name: c.name, label: c.label, mark: c.mark, strength: c.strength,
    ring: 2, via: c.anchors.map((a) => nameOf.get(a) ?? ''), ...at(RING2_RADIUS, angles[k]!),
  }));

  const centerNode: TNetNode = { key: `p:${center.id}`, id: center.id, kind: 'center', ring: 0, name: displayName(center), label: goesBy(center), mark: initials(center), x: C, y: C, via: [], strength: 3 };
  const shown = new Set([centerNode.key, ...ring1.map((n) => n.key), ...ring2.map((n) => n.key)]);
  const edges: TNetEdge[] = [];
  const edge = (from: string, to: string, strength: number, membership: boolean) => {
    if (shown.has(from) && shown.has(to)) edges.push({ from, to, strength, membership });
  };
  for (const n of ring1) edge(centerNode.key, n.key, n.strength, n.kind === 'circle');
  for (const l of data.links1) edge(`p:${l.a}`, `p:${l.b}`, l.strength, false);
  for (const m of data.memberships1) edge(`p:${m.personId}`, `c:${m.circleId}`, 1, true);
  for (const p of data.people2) for (const v of p.via) edge(`p:${v.id}`, `p:${p.id}`, v.strength, false);
  for (const c of data.circles2) for (const v of c.via) edge(`p:${v}`, `c:${c.id}`, 1, true);

  const total = data.people1.length + data.circles1.length + data.people2Total + data.circles2Total;
  return { nodes: [centerNode, ...ring1, ...ring2], edges, hidden: total - ring1.length - ring2.length };
}
