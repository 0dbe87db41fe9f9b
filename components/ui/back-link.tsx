import Link from 'next/link';

/** The link above a page's title back to where it sits: "← Circles". `big` for the larger type of the "me" pages. */
export function BackLink({ href, label, big = false }: { href: string; label: string; big?: boolean }) {
  return (
    <Link href={href} className={`mb-2 inline-block ${big ? 'text-base' : 'text-sm'} text-brand-800 hover:underline`}>
      ← {label}
    </Link>
  );
}
