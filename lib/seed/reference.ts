import type { Database } from '@/db/client';
import { naceCodes, sectorImpacts } from '@/db/schema';
import { NACE_2008_CATALOGUE, NACE_CATALOGUE_VERSION } from '@/lib/nace/catalogue-2008';
import { DEFAULT_SECTOR_IMPACTS } from '@/lib/domain/sector-impact-defaults';

/**
 * Reference data every installation needs, demo or not: the starter NACE-BEL catalogue and the
 * default sector impact table. Each is loaded only into an empty table, so what staff changed
 * (a replaced catalogue, an edited or removed sector row) is never overwritten on restart.
 */
export async function seedReferenceData(db: Database): Promise<void> {
  if ((await db.$count(naceCodes)) === 0) {
    const rows = NACE_2008_CATALOGUE.map((entry) => ({
      version: NACE_CATALOGUE_VERSION,
      code: entry.code,
      level: entry.level,
      parentCode: entry.parent,
      labelNl: entry.nl,
      labelFr: entry.fr,
      labelEn: entry.en,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insert(naceCodes)
        .values(rows.slice(i, i + 500))
        .onConflictDoNothing();
    }
  }
  if ((await db.$count(sectorImpacts)) === 0) {
    await db
      .insert(sectorImpacts)
      .values(DEFAULT_SECTOR_IMPACTS.map((row) => ({ nacePrefix: row.prefix, exposure: row.exposure, note: row.note })))
      .onConflictDoNothing();
  }
}
