import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { naceCodes } from '@/db/schema';
import type { AppLocale } from '@/i18n/routing';
import { inLanguage } from '@/lib/i18n/intl-locale';
import { foldForSearch } from '@/lib/domain/search-text';
import { EVERYDAY_WORDS_NACE_VERSION, everydayWordsFor } from '@/lib/nace/everyday-words';
import type { NaceOption } from '@/lib/nace/sector-search';

/** The column of a NACE code's name in the viewer's language (the catalogue holds all three). */
export const naceLabelColumn = (locale: AppLocale) =>
  inLanguage<typeof naceCodes.labelNl | typeof naceCodes.labelFr | typeof naceCodes.labelEn>(locale, {
    nl: naceCodes.labelNl,
    fr: naceCodes.labelFr,
    en: naceCodes.labelEn,
  });

/** The catalogue version new profiles use: the newest one loaded (a loaded Statbel list replaces the starter one). */
export async function activeNaceVersion(db: Database): Promise<string> {
  const [row] = await db.select({ version: sql<string>`max(${naceCodes.version})` }).from(naceCodes);
  return row?.version ?? '2008';
}

/**
 * Every code of a version below section level, labelled in the viewer's language, in code order;
 * with `level`, the codes of that level only (the quick scan's page needs the ~90 divisions, not
 * the ~1,000 codes, so the database leaves the rest out).
 */
export async function naceOptions(db: Database, version: string, locale: AppLocale, { level }: { level?: NaceOption['level'] } = {}): Promise<NaceOption[]> {
  const label = naceLabelColumn(locale);
  const rows = await db
    .select({ code: naceCodes.code, label, level: naceCodes.level, nl: naceCodes.labelNl, fr: naceCodes.labelFr, en: naceCodes.labelEn })
    .from(naceCodes)
    .where(and(eq(naceCodes.version, version), level ? eq(naceCodes.level, level) : ne(naceCodes.level, 'section')))
    .orderBy(asc(naceCodes.code));
  // The everyday words ("slager", "coiffeur") are mapped to 2008 codes; another version's codes may mean something else.
  const everyday = (code: string) => (version === EVERYDAY_WORDS_NACE_VERSION ? everydayWordsFor(code) : []);
  return rows.map(({ nl, fr, en, ...row }) => ({
    ...row,
    level: row.level as NaceOption['level'],
    search: [foldForSearch(`${row.code} ${row.code.replace('.', '')} ${nl} ${fr} ${en}`), ...everyday(row.code)].join(' '),
  }));
}

/** The divisions (two-digit codes) of a version, labelled in the viewer's language: the triage table's sector filter. */
export async function naceDivisions(db: Database, version: string, locale: AppLocale): Promise<Array<{ code: string; label: string }>> {
  const label = naceLabelColumn(locale);
  return db
    .select({ code: naceCodes.code, label })
    .from(naceCodes)
    .where(and(eq(naceCodes.version, version), eq(naceCodes.level, 'division')))
    .orderBy(asc(naceCodes.code));
}

/** One division's label in the viewer's language (the sector filter's summary), or null for a code that is no division. */
export async function naceDivisionLabel(db: Database, version: string, code: string, locale: AppLocale): Promise<string | null> {
  const [row] = await db
    .select({ label: naceLabelColumn(locale) })
    .from(naceCodes)
    .where(and(eq(naceCodes.version, version), eq(naceCodes.level, 'division'), eq(naceCodes.code, code)));
  return row?.label ?? null;
}
