import 'server-only';
import { count, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { naceCodes } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { NaceEntry } from '@/lib/nace/catalogue-2008';
import { requireRole } from './access';
import type { Viewer } from './load-viewer';

export async function naceCatalogueVersions(db: Database, viewer: Viewer | null) {
  requireRole(viewer, ['staff']);
  return db.select({ version: naceCodes.version, codes: count() }).from(naceCodes).groupBy(naceCodes.version).orderBy(naceCodes.version);
}

/**
 * Staff replace one version of the catalogue with a parsed official list, in one transaction:
 * the old rows of that version go, the new ones come. Businesses keep code and version, so
 * loading 2025 leaves 2008 codes readable.
 */
export async function replaceNaceCatalogue(db: Database, viewer: Viewer | null, version: string, entries: NaceEntry[], skipped: number): Promise<void> {
  const staff = requireRole(viewer, ['staff']);
  await db.transaction(async (tx) => {
    await tx.delete(naceCodes).where(eq(naceCodes.version, version));
    for (let i = 0; i < entries.length; i += 500) {
      await tx
        .insert(naceCodes)
        .values(
          entries.slice(i, i + 500).map((e) => ({ version, code: e.code, level: e.level, parentCode: e.parent, labelNl: e.nl, labelFr: e.fr, labelEn: e.en })),
        );
    }
    await recordAudit(tx, {
      actorId: staff.id,
      actorRole: 'staff',
      action: 'nace.catalogue_loaded',
      entityType: 'nace_catalogue',
      entityId: version,
      rowCount: entries.length,
      details: { skipped },
    });
  });
}
