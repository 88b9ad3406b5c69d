'use client';

import { useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { NaceOption } from '@/lib/nace/sector-search';
import { FieldError } from '@/components/ui/field';
import { sectorOptionsMatching } from '@/lib/nace/sector-search';

/**
 * A searchable sector choice that stays a plain, accessible <select>: typing in the search box
 * narrows the list; the chosen code is what the form posts. Divisions are shown as headings.
 */
export function SectorPicker({
  options,
  defaultValue,
  error,
  catalogueVersion,
  allOptionsUrl,
}: {
  options: NaceOption[];
  defaultValue: string;
  error?: string;
  /** The NACE catalogue the options come from ("2008"), named beside the label. */
  catalogueVersion: string;
  /**
   * Where the whole list is, when `options` holds only the divisions: fetched once the visitor
   * starts typing, so a page for phones does not carry a thousand codes it may never show.
   */
  allOptionsUrl?: string;
}) {
  const t = useTranslations('profile');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(defaultValue);
  const [allOptions, setAllOptions] = useState<NaceOption[] | null>(null);
  const loading = useRef(false);
  const loadAll = () => {
    if (!allOptionsUrl || loading.current) return;
    loading.current = true;
    fetch(allOptionsUrl)
      .then((response) => (response.ok ? (response.json() as Promise<NaceOption[]>) : Promise.reject(new Error(String(response.status)))))
      .then(setAllOptions)
      // Without the whole list the divisions stay: still a valid choice. Typing again tries once more.
      .catch(() => (loading.current = false));
  };
  const source = allOptions ?? options;
  const visible = useMemo(() => sectorOptionsMatching(source, query, selected), [source, query, selected]);
  const errorId = error ? 'naceCode-error' : undefined;

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="sector-search" className="text-sm font-medium">
        {t('sectorSearch')}
      </label>
      <p id="sector-hint" className="text-sm text-slate-600">
        {t('sectorHint')}
      </p>
      <input
        id="sector-search"
        type="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          loadAll();
        }}
        onFocus={loadAll}
        aria-describedby="sector-hint"
        aria-controls="naceCode"
        className="min-h-11 rounded-md border border-slate-400 bg-white px-3"
        autoComplete="off"
      />
      <label htmlFor="naceCode" className="mt-2 text-sm font-medium">
        {t('sector')} <span className="font-normal text-slate-600">({t('sectorCatalogue', { version: catalogueVersion })})</span>
      </label>
      <select
        id="naceCode"
        name="naceCode"
        size={8}
        value={selected}
        onChange={(event) => setSelected(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        className="w-full rounded-md border border-slate-400 bg-white p-1 text-base aria-[invalid=true]:border-red-700"
      >
        {/* Without this the browser would pick the first sector for a member who chose none. */}
        <option value="">{t('sectorPlaceholder')}</option>
        {visible.map((option) => (
          <option
            key={option.code}
            value={option.code}
            className={option.level === 'division' ? 'font-semibold' : option.level === 'subclass' ? 'pl-4' : 'pl-2'}
          >
            {option.code} — {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
