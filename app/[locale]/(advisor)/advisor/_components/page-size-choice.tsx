'use client';

import { useTranslations } from 'next-intl';
import { PAGE_SIZES, type TriageQuery } from '@/lib/triage/query';
import { useTriageNavigation } from './triage-navigation';

/** Rows per page, beside the pagination. */
export function PageSizeChoice() {
  const t = useTranslations('triage');
  const { query, show } = useTriageNavigation();
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      {t('pageSize')}
      <select
        value={query.size}
        onChange={(event) => show({ size: Number(event.target.value) as TriageQuery['size'] })}
        className="h-8 rounded-md border border-slate-300 bg-white px-2"
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </label>
  );
}
