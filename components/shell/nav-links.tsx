'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

export type TNavItem = { href: string; label: string };

function isActive(pathname: string, href: string) {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ items, orientation }: { items: TNavItem[]; orientation: 'vertical' | 'horizontal' }) {
  const pathname = usePathname();
  const list = useRef<HTMLUListElement>(null);
  // On a phone the tabs scroll sideways: the current one is brought to the middle of the strip
  // (the strip alone scrolls, never the page).
  useEffect(() => {
    const strip = list.current;
    const current = strip?.querySelector<HTMLElement>('[aria-current="page"]');
    if (orientation !== 'horizontal' || !strip || !current) return;
    strip.scrollLeft = current.offsetLeft - (strip.clientWidth - current.offsetWidth) / 2;
  }, [pathname, orientation]);
  return (
    <ul ref={list} className={orientation === 'vertical' ? 'space-y-1' : 'relative flex gap-1 overflow-x-auto px-2 pb-2'}>
      {items.map((item) => {
        const active = isActive(pathname, item.href);
        return (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={active ? 'page' : undefined}
              className={
                orientation === 'vertical'
                  ? `block rounded-md px-3 py-2 text-sm font-medium ${active ? 'bg-brand-700 text-white' : 'text-stone-700 hover:bg-stone-200/60'}`
                  : `block rounded-full px-3 py-1.5 text-sm font-medium whitespace-nowrap ${active ? 'bg-brand-700 text-white' : 'bg-white text-stone-700 ring-1 ring-stone-200'}`
              }
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
