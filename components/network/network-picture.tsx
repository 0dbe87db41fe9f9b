import { getTranslations } from 'next-intl/server';
import type { TNetworkData } from '@/lib/data/profile/network';
import { layoutNetwork, RING1_RADIUS, RING2_RADIUS, VIEW, type TNetNode } from './network-layout';

type TCenter = { id: string; givenName: string | null; familyName: string | null; preferredName: string | null };

const RADIUS = { 0: 22, 1: 16, 2: 12 } as const;
const cut = (label: string, max: number) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

function NodeShape({ n }: { n: TNetNode }) {
  const r = RADIUS[n.ring];
  const fill = n.kind === 'center' ? '#0f766b' : n.kind === 'circle' ? '#f8ecd9' : n.ring === 1 ? '#ccfbef' : '#f0fdf9';
  const stroke = n.kind === 'circle' ? '#c9843a' : '#0d9484';
  const text = n.kind === 'center' ? '#ffffff' : n.kind === 'circle' ? '#8f5722' : '#134e48';
  const size = n.ring === 0 ? 13 : n.ring === 1 ? 10.5 : 9;
  return (
    <g>
      {n.kind === 'circle' ? (
        // Circles (groups) are rotated squares, so they read differently from people without colour.
        <rect x={n.x - r * 0.9} y={n.y - r * 0.9} width={r * 1.8} height={r * 1.8} rx={3} fill={fill} stroke={stroke} strokeWidth={1.5} transform={`rotate(45 ${n.x} ${n.y})`} />
      ) : (
        <circle cx={n.x} cy={n.y} r={r} fill={fill} stroke={stroke} strokeWidth={n.ring === 2 ? 1 : 1.5} />
      )}
      <text x={n.x} y={n.y} dy="0.35em" textAnchor="middle" fontSize={size} fontWeight={600} fill={text}>
        {n.mark}
      </text>
    </g>
  );
}

/**
 * The person's ties two steps out, drawn as a server-rendered SVG (no scripts), with the same
 * content as a list for screen readers. Only people and circles the viewer may see are in `data`.
 */
export async function NetworkPicture({ center, data }: { center: TCenter; data: TNetworkData }) {
  const t = await getTranslations('profile.network');
  const tk = await getTranslations('profile.relationshipKind');
  const { nodes, edges, hidden } = layoutNetwork(center, data);
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const ring1 = nodes.filter((n) => n.ring === 1);
  const ring2 = nodes.filter((n) => n.ring === 2);
  const kindOf = new Map(data.people1.map((p) => [p.id, p.kind]));
  if (ring1.length === 0) return <p className="text-sm text-stone-500">{t('empty')}</p>;

  const label = t('label', { name: nodes[0]!.name, people: nodes.filter((n) => n.kind === 'person').length, circles: nodes.filter((n) => n.kind === 'circle').length });
  return (
    <figure>
      {/* A labelled group, not an image: an image may hold no links. Its drawing is hidden from screen
          readers, who get the same ties as a list; the links are for the mouse only. */}
      <svg viewBox={`0 0 ${VIEW} ${VIEW}`} className="mx-auto block h-auto w-full max-w-[26rem]" role="group" aria-label={label} data-testid="network-picture">
        <g aria-hidden>
          <circle cx={VIEW / 2} cy={VIEW / 2} r={RING1_RADIUS} fill="none" stroke="#e7e5e4" strokeDasharray="2 4" />
          {ring2.length ? <circle cx={VIEW / 2} cy={VIEW / 2} r={RING2_RADIUS} fill="none" stroke="#e7e5e4" strokeDasharray="2 4" /> : null}
          {edges.map((e) => {
            const a = byKey.get(e.from)!;
            const b = byKey.get(e.to)!;
            return (
              <line key={`${e.from}-${e.to}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={e.membership ? '#c9843a' : '#0d9484'}
                strokeOpacity={e.membership ? 0.4 : 0.25 + e.strength * 0.2} strokeWidth={e.membership ? 1 : e.strength * 1.1} strokeDasharray={e.membership ? '3 3' : undefined} />
            );
          })}
          {nodes.map((n) => {
            const href = n.kind === 'circle' ? `/circles/${n.id}` : n.kind === 'person' ? `/people/${n.id}` : undefined;
            const title = n.ring === 2 ? `${n.name} (${t('through', { via: n.via.join(', ') })})` : n.name;
            const shape = (
              <>
                <title>{title}</title>
                <NodeShape n={n} />
                {n.ring < 2 ? (
                  <text x={n.x} y={n.y + RADIUS[n.ring] + 11} textAnchor="middle" fontSize={n.ring === 0 ? 12 : 10.5} fontWeight={n.ring === 0 ? 600 : 400} fill="#292524" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
                    {cut(n.label, n.ring === 0 ? 14 : 10)}
                  </text>
                ) : null}
              </>
            );
            return href ? (
              <a key={n.key} href={href} tabIndex={-1}>
                {shape}
              </a>
            ) : (
              <g key={n.key}>{shape}</g>
            );
          })}
        </g>
      </svg>
      <figcaption className="mt-2 flex flex-wrap items-center justify-center gap-x-4 gap-y-1 text-xs text-stone-600" aria-hidden>
        <span className="inline-flex items-center gap-1">
          <span className="inline-block size-3 rounded-full border border-brand-600 bg-brand-100" /> {t('legendPerson')}
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="inline-block size-2.5 rotate-45 border border-crust-500 bg-crust-100" /> {t('legendCircle')}
        </span>
        <span>{t('legendStrength')}</span>
        {hidden > 0 ? <span className="font-medium text-stone-800">{t('more', { count: hidden })}</span> : null}
      </figcaption>
      <div className="sr-only">
        <p>{label}</p>
        <ul>
          {ring1.map((n) => (
            <li key={n.key}>
              {n.kind === 'circle' ? t('listCircle', { name: n.name }) : t('listDirect', { name: n.name, kind: tk(kindOf.get(n.id) ?? 'OTHER'), strength: n.strength })}
            </li>
          ))}
          {ring2.map((n) => (
            <li key={n.key}>
              {n.kind === 'circle' ? t('listCircleVia', { name: n.name, via: n.via.join(', ') }) : t('listVia', { name: n.name, via: n.via.join(', ') })}
            </li>
          ))}
        </ul>
        {hidden > 0 ? <p>{t('more', { count: hidden })}</p> : null}
      </div>
    </figure>
  );
}
