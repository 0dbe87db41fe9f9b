import { NotFoundBody } from '@/components/ui/not-found-body';

/** A URL that matches nothing: a page of its own, so its own <main>. */
export default function NotFound() {
  return (
    <main>
      <NotFoundBody />
    </main>
  );
}
