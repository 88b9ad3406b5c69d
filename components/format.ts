import { formatEnterpriseNumber } from '@/lib/domain/enterprise-number';

/** Display helpers shared by pages: one place for how numbers and dates look. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : `${locale}-BE`, { signDisplay: 'exceptZero' }).format(value) + ' %';
}

export { formatEnterpriseNumber };

/** The sector label in the viewer's language. */
export function sectorLabel(row: { naceCode: string | null; sectorNl: string | null; sectorFr: string | null; sectorEn: string | null }, locale: string): string {
  const label = locale === 'fr' ? row.sectorFr : locale === 'en' ? row.sectorEn : row.sectorNl;
  return row.naceCode ? `${row.naceCode} ${label ?? ''}`.trim() : '—';
}
