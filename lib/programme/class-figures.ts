import 'server-only';
import type { Database } from '@/db/client';
import type { AppLocale } from '@/i18n/routing';
import { getTranslations } from '@/lib/i18n/server';
import { classCounts } from '@/lib/dal/programme-counts';
import type { Viewer } from '@/lib/dal/load-viewer';
import { classBars, type ClassBar } from './class-bars';
import type { ProgrammeFilter } from './filter';

export type ClassGrouping = 'province' | 'division';
export type LabelledClassBar = ClassBar & { label: string };

/**
 * The "classes at a glance" figures of the viewer's scope, filtered, as bars by province and by
 * sector with their names in the viewer's language: what the page draws, its table views show and
 * the CSV download holds (one source, so they always agree).
 */
export async function classFigures(
  db: Database,
  viewer: Viewer,
  filter: ProgrammeFilter,
  locale: AppLocale,
  divisions: ReadonlyArray<{ code: string; label: string }>,
) {
  const [counts, tProvinces, t] = await Promise.all([
    classCounts(db, viewer, { province: filter.province, division: filter.sector }),
    getTranslations({ locale, namespace: 'provinces' }),
    getTranslations({ locale, namespace: 'programme' }),
  ]);
  const divisionNames = new Map(divisions.map((division) => [division.code, division.label]));
  const label = (by: ClassGrouping, key: string) => {
    if (key === '') return by === 'province' ? t('noProvince') : t('noSector');
    return by === 'province' ? tProvinces(key as never) : `${key} ${divisionNames.get(key) ?? ''}`.trim();
  };
  const bars = (by: ClassGrouping): LabelledClassBar[] => classBars(counts, by).map((bar) => ({ ...bar, label: label(by, bar.key) }));
  return { byProvince: bars('province'), bySector: bars('division') };
}
