import type { TLocale } from '@/lib/i18n/config';

// Each area keeps its strings in its own file (messages/<locale>/<area>.json), so that work on
// one area never collides with another; the files' top-level keys must not overlap.
export const MESSAGE_FILES = ['common', 'auth', 'people', 'circles', 'organizations', 'precincts', 'mobilizations', 'me', 'person-form', 'profile', 'followups', 'admin', 'dashboard', 'imports', 'api', 'backups', 'consent', 'org-settings', 'places', 'security', 'forms', 'import-households', 'group-roster', 'saved-views', 'march-day'] as const;

export async function loadMessages(locale: TLocale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    MESSAGE_FILES.map(async (file) => (await import(`../../messages/${locale}/${file}.json`)).default as Record<string, unknown>),
  );
  return Object.assign({}, ...parts);
}
