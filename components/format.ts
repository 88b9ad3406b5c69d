import { formatEnterpriseNumber } from '@/lib/domain/enterprise-number';
import { TIME_ZONE } from '@/lib/domain/brussels-time';
import { inLanguage, intlLocale } from '@/lib/i18n/intl-locale';

/** Display helpers shared by pages: one place for how numbers and dates look. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(intlLocale(locale), { signDisplay: 'exceptZero' }).format(value) + ' %';
}

export { formatEnterpriseNumber };

type SectorNames = { sectorNl: string | null; sectorFr: string | null; sectorEn: string | null };

/** The sector's name in the viewer's language (the database holds all three). */
export function sectorName(row: SectorNames, locale: string): string | null {
  return inLanguage(locale, { nl: row.sectorNl, fr: row.sectorFr, en: row.sectorEn });
}

/** The sector as a page shows it: its code and its name in the viewer's language. */
export function sectorLabel(row: SectorNames & { naceCode: string | null }, locale: string): string {
  return row.naceCode ? `${row.naceCode} ${sectorName(row, locale) ?? ''}`.trim() : '—';
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as the work screens show it: medium date and short time, in Brussels time, with the
 * Belgian (or British) day-month order and 24-hour clock of intlLocale. One formatter per locale
 * for the process.
 */
export function formatDateTime(date: Date, locale: string): string {
  const key = intlLocale(locale);
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(key, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
    dateTimeFormats.set(key, format);
  }
  return format.format(date);
}
