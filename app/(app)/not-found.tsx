import { NotFoundBody } from '@/components/ui/not-found-body';

/** A record that is missing or out of scope, inside the app's frame: its <main> already holds this. */
export default function NotFound() {
  return <NotFoundBody />;
}
