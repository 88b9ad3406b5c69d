import { getTranslations } from '@/lib/i18n/server';
import { z } from 'zod';
import { defineRoute, routeError } from '@/lib/actions/define-route';
import { createMemberImport } from '@/lib/member-import/dal/imports';
import { IMPORT_MAX_BYTES, ImportFileError } from '@/lib/member-import/read-file';
import { clientIp } from '@/lib/server/request';

export const dynamic = 'force-dynamic';

class TooLarge extends Error {}

/** Reads the request body up to `limit` bytes; a larger body is abandoned as soon as it passes the limit. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw new TooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The file's name as shown and audited: decoded, without control or direction characters, at most 200 long. */
function cleanFileName(header: string | null): string | null {
  if (!header) return null;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return null;
  }
  name = name
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 200);
  return name || null;
}

/**
 * Receives a member list (the file itself as the body, its name in X-File-Name, the language in
 * X-Locale) and stores it for the column mapping and the dry run. Staff only. A file that cannot be
 * read gets a translated message and nothing is stored.
 */
export const POST = defineRoute(
  {
    allow: ['staff'],
    body: 'raw',
    schema: () => z.strictObject({}),
    forbiddenMessage: async (locale) => (await getTranslations({ locale, namespace: 'imports' }))('notAllowed'),
  },
  async (_input, { viewer, db, locale, request }) => {
    const t = await getTranslations({ locale, namespace: 'imports' });
    // The name travels in a custom header, which a form on another site cannot send without the browser asking first.
    const fileName = cleanFileName(request.headers.get('x-file-name'));
    if (!fileName) return routeError(400, t('failed'));
    const max = IMPORT_MAX_BYTES / 1024 / 1024;
    try {
      const bytes = await readLimited(request, IMPORT_MAX_BYTES);
      const id = await createMemberImport(db, viewer, fileName, bytes, clientIp(request.headers));
      return Response.json({ id }, { status: 201 });
    } catch (caught) {
      if (caught instanceof TooLarge) return routeError(413, t('fileError.too_large', { max }));
      if (caught instanceof ImportFileError) return routeError(400, t(`fileError.${caught.kind}`, { max }));
      throw caught;
    }
  },
);
