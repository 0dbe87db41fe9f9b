import Link from 'next/link';

// Pages by cursor: first, previous, next and last. A keyset page has no number; each link
// carries the row it continues from, so the last page costs what the first does.

type TLinks = { first?: string; previous?: string; next?: string; last?: string };
type TLabels = { nav: string; first: string; previous: string; next: string; last: string };

const base = 'inline-flex min-h-9 items-center rounded-md border px-3 py-1.5 text-sm font-medium';
const on = `${base} border-stone-300 bg-white text-stone-800 hover:bg-stone-100`;
const off = `${base} border-stone-200 bg-stone-50 text-stone-500`;

function PageLink({ href, label, rel }: { href?: string; label: string; rel?: string }) {
  return href ? (
    <Link href={href} className={on} rel={rel}>
      {label}
    </Link>
  ) : (
    <span className={off} aria-disabled="true">
      {label}
    </span>
  );
}

export function KeysetPagination({ links, labels }: { links: TLinks; labels: TLabels }) {
  if (!links.first && !links.previous && !links.next && !links.last) return null;
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-2">
      <PageLink href={links.first} label={labels.first} />
      <PageLink href={links.previous} label={labels.previous} rel="prev" />
      <PageLink href={links.next} label={labels.next} rel="next" />
      <PageLink href={links.last} label={labels.last} />
    </nav>
  );
}
