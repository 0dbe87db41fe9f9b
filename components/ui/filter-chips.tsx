import Link from 'next/link';

type TChip = { label: string; href: string; active: boolean };

/** A row of links that filter a list through its URL; scrolls sideways on a phone. */
export function FilterChips({ label, chips }: { label: string; chips: TChip[] }) {
  return (
    <nav aria-label={label} className="-mx-4 mb-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-2 sm:flex-wrap">
        {chips.map((c) => (
          <li key={c.href} className="shrink-0">
            <Link
              href={c.href}
              aria-current={c.active ? 'true' : undefined}
              className={`block rounded-full px-3 py-1.5 text-sm font-medium whitespace-nowrap ring-1 ${
                c.active ? 'bg-brand-700 text-white ring-brand-700' : 'bg-white text-stone-700 ring-stone-200 hover:bg-stone-100'
              }`}
            >
              {c.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
