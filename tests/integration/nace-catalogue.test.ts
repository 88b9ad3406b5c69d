import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, naceCodes } from '@/db/schema';
import { naceCatalogueVersions, replaceNaceCatalogue } from '@/lib/dal/nace-catalogue';
import { activeNaceVersion, naceOptions } from '@/lib/dal/nace';
import { AccessDenied } from '@/lib/dal/access';
import { parseNaceFile } from '@/lib/nace/import';
import { demoDatabaseForThisFile } from './test-database';

const { db, viewerFor } = demoDatabaseForThisFile();

const OFFICIAL_CSV = [
  'Statbel — NACE-BEL 2025',
  'Code;Omschrijving;Libellé;Description',
  'I;Verschaffen van accommodatie en maaltijden;Hébergement et restauration;Accommodation and food service activities',
  '56;Eet- en drinkgelegenheden;Restauration;Food and beverage service activities',
  '56.1;Restaurants en mobiele eetgelegenheden;Restaurants et services de restauration mobile;Restaurants and mobile food service activities',
  '56.11;Restaurants;Restaurants;Restaurant activities',
  '56.111;Restaurants met volledige bediening;Restaurants à service complet;Full-service restaurants',
  '56.112;Restaurants met beperkte bediening;Restaurants à service restreint;Limited-service restaurants',
  '99.999;Zonder ouder;Sans parent;Orphan',
].join('\n');

describe('loading the official NACE-BEL list', () => {
  it('adds the version, makes it the one new profiles use, and keeps the old one readable', async () => {
    const staff = await viewerFor('staff@kantelpunt.demo');
    const parsed = await parseNaceFile('nacebel-2025.csv', new TextEncoder().encode(OFFICIAL_CSV));
    expect(parsed.entries.map((e) => e.code)).toEqual(['I', '56', '56.1', '56.11', '56.111', '56.112']);
    expect(parsed.problems).toEqual([expect.objectContaining({ kind: 'orphan', code: '99.999' })]);

    await replaceNaceCatalogue(db(), staff, '2025', parsed.entries, parsed.problems.length);
    expect(await activeNaceVersion(db())).toBe('2025');
    const options = await naceOptions(db(), '2025', 'fr');
    expect(options.map((o) => o.label)).toContain('Restaurants à service restreint');
    expect(await db().$count(naceCodes, eq(naceCodes.version, '2008'))).toBeGreaterThan(300);
    const versions = await naceCatalogueVersions(db(), staff);
    expect(versions).toEqual([
      { version: '2008', codes: expect.any(Number) },
      { version: '2025', codes: 6 },
    ]);
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'nace.catalogue_loaded'), eq(auditEvents.actorId, staff.id)));
    expect(audit).toMatchObject({ rowCount: 6, entityId: '2025', details: { skipped: 1 } });
  });

  it('replaces a version completely when loaded again', async () => {
    const staff = await viewerFor('staff@kantelpunt.demo');
    const parsed = await parseNaceFile('again.csv', new TextEncoder().encode(OFFICIAL_CSV.split('\n').slice(0, 5).join('\n')));
    await replaceNaceCatalogue(db(), staff, '2025', parsed.entries, 0);
    expect(await db().$count(naceCodes, eq(naceCodes.version, '2025'))).toBe(3);
  });

  it('is for staff only', async () => {
    await expect(replaceNaceCatalogue(db(), await viewerFor('adviseur.limburg@kantelpunt.demo'), '2025', [], 0)).rejects.toBeInstanceOf(AccessDenied);
    await expect(naceCatalogueVersions(db(), await viewerFor('frituur@kantelpunt.demo'))).rejects.toBeInstanceOf(AccessDenied);
  });
});
