import type { ReactNode } from 'react';

/**
 * A frame that scrolls sideways when what it holds (a wide table) is wider than the screen, so
 * the page itself never does. Focusable and named, so that a keyboard can scroll it too (WCAG
 * 2.1.1; axe's scrollable-region-focusable).
 */
export function ScrollBox({ label, className = '', children }: { label?: string; className?: string; children: ReactNode }) {
  return (
    <div role={label ? 'region' : undefined} aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
