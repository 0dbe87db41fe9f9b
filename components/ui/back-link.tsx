import Link from 'next/link';

/** The link above a page's title back to where it sits: "← Circles". */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="mb-2 inline-block text-sm text-brand-800 hover:underline">
      ← {label}
    </Link>
  );
}
