'use client';

import { useEffect, useMemo, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { foldForSearch } from '@/lib/domain/search-text';
import { everydayWordCodes } from '@/lib/nace/everyday-words';
import { ChoiceList } from './filter-chip';

type Sector = { code: string; label: string };

/** The divisions per language, fetched once per page visit and shared by every opening of the filter. */
const divisions = new Map<string, Promise<Sector[]>>();
function loadDivisions(locale: string): Promise<Sector[]> {
  let loading = divisions.get(locale);
  if (!loading) {
    loading = fetch(`/api/sectors?locale=${encodeURIComponent(locale)}`).then((response) => {
      if (!response.ok) throw new Error(`sectors: ${response.status}`);
      return response.json() as Promise<Sector[]>;
    });
    // A failed load is tried again at the next opening.
    loading.catch(() => divisions.delete(locale));
    divisions.set(locale, loading);
  }
  return loading;
}

/**
 * The sector filter: NACE divisions, narrowed by typing a code, words of the label or an everyday
 * trade word. The list is fetched when the filter opens (see app/api/sectors).
 */
export function SectorChoice({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const t = useTranslations('triage');
  const tw = useTranslations('workspace');
  const locale = useLocale();
  const [text, setText] = useState('');
  const [sectors, setSectors] = useState<Sector[] | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let current = true;
    loadDivisions(locale).then(
      (loaded) => current && setSectors(loaded),
      () => current && setSectors('failed'),
    );
    return () => {
      current = false;
    };
  }, [locale]);
  const shown = useMemo(() => {
    if (typeof sectors === 'string') return [];
    const wanted = foldForSearch(text.trim());
    if (!wanted) return sectors;
    // Everyday words ("slager", "coiffeur") name detailed codes; their division is what this list offers.
    const trades = everydayWordCodes(wanted).map((code) => code.replace(/\D/g, ''));
    return sectors.filter((s) => s.code.startsWith(wanted) || foldForSearch(s.label).includes(wanted) || trades.some((code) => code.startsWith(s.code)));
  }, [sectors, text]);
  return (
    <div className="flex flex-col gap-2">
      <label className="flex flex-col gap-1 text-sm">
        <span className="sr-only">{tw('sectorSearch')}</span>
        <input
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={tw('sectorSearch')}
          className="h-9 rounded-md border border-slate-300 px-2 text-sm placeholder:text-slate-500"
        />
      </label>
      <div className="max-h-72 overflow-y-auto" aria-busy={sectors === 'loading'}>
        {sectors === 'loading' ? <p className="px-2 py-1 text-sm text-slate-600">{tw('sectorsLoading')}</p> : null}
        {sectors === 'failed' ? (
          <p role="alert" className="px-2 py-1 text-sm text-red-800">
            {tw('sectorsFailed')}
          </p>
        ) : null}
        <ChoiceList
          name="sector"
          legend={tw('sector')}
          options={[{ value: '', label: t('sectorAny') }, ...shown.map((s) => ({ value: s.code, label: `${s.code} ${s.label}` }))]}
          value={value}
          onChange={onChange}
        />
        {Array.isArray(sectors) && shown.length === 0 ? <p className="px-2 py-1 text-sm text-slate-600">{tw('noSectorMatch')}</p> : null}
      </div>
    </div>
  );
}
