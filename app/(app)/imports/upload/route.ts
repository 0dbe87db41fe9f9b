import { NextResponse } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { stageUpload } from '@/lib/data/imports/stage';
import { route } from '@/lib/entry/route';
import { MAX_IMPORT_BYTES } from '@/lib/import/limits';

// POST /imports/upload: the file, as the raw request body (the page sends it with its name in
// X-File-Name so it can show the upload's progress). Read, stripped of refused columns and
// staged through COPY in one transaction; answers with the new import's id.

export const dynamic = 'force-dynamic';

const json = (status: number, body: Record<string, unknown>) => NextResponse.json(body, { status });

// Security: the wrapper tells anyone but leadership there is nothing here, before the body is read.
export const POST = route({ answer: 'json', capability: 'imports.run', rateLimit: 'upload' }, async ({ actor, request }) => {
  const t = await getTranslations('errors');
  // Security: only Leaven's own page may post here (the session cookie is SameSite=Lax as well).
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && URL.canParse(origin) && new URL(origin).host !== host) return json(403, { message: t('notFound') });

  // The body is read here, as it streams in, and no further than the limit.
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_IMPORT_BYTES) return json(413, { message: t('importTooLarge') });
  const bytes = await readLimited(request, MAX_IMPORT_BYTES);
  if (!bytes) return json(413, { message: t('importTooLarge') });
  const fileName = fileNameOf(request.headers.get('x-file-name'));
  // Each new person's Source, in the words of the leader who brings the file in.
  const ts = await getTranslations('imports.defaultSource');
  const { id, rows } = await stageUpload(actor, { fileName, bytes, describeSource: (tool) => ts(tool ?? 'file', { file: fileName }) });
  return json(201, { id, rows });
});

/** The body, or null once it passes `limit` bytes (read no further than that). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function fileNameOf(header: string | null): string {
  try {
    return decodeURIComponent(header ?? '').slice(0, 255) || 'import.csv';
  } catch {
    return 'import.csv';
  }
}
