import Link from 'next/link';
import type { ReactNode } from 'react';
import { BackLink } from '@/components/ui/back-link';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';

type TGroupHeaderProps = {
  back: { href: string; label: string };
  title: string;
  subtitle?: ReactNode;
  /** The edit page, for those who may edit. */
  edit?: { href: string; label: string };
  /** Other actions, shown before Edit (a download, for leadership). */
  more?: ReactNode;
};

/** The top of a circle's or an organization's page: back to the list, the name, its badges, Edit. */
export function GroupHeader({ back, title, subtitle, edit, more }: TGroupHeaderProps) {
  return (
    <>
      <BackLink href={back.href} label={back.label} />
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={
          edit || more ? (
            <div className="flex flex-wrap items-center gap-2">
              {more}
              {edit ? (
                <Link href={edit.href} className={buttonClass('outline', 'md')}>
                  {edit.label}
                </Link>
              ) : null}
            </div>
          ) : null
        }
      />
    </>
  );
}
