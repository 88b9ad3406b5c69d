'use client';

import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { foldForSearch } from '@/lib/domain/search-text';
import { everydayWordCodes } from '@/lib/nace/everyday-words';
import { ChoiceList } from './filter-chip';

/** The sector filter: NACE divisions, narrowed by typing a code, words of the label or an everyday trade word. */
export function SectorChoice({
  sectors,
  value,
  onChange,
}: {
  sectors: Array<{ code: string; label: string }>;
  value: string;
  onChange: (code: string) => void;
}) {
  const t = useTranslations('triage');
  const tw = useTranslations('workspace');
  const [text, setText] = useState('');
  const shown = useMemo(() => {
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
      <div className="max-h-72 overflow-y-auto">
        <ChoiceList
          name="sector"
          legend={tw('sector')}
          options={[{ value: '', label: t('sectorAny') }, ...shown.map((s) => ({ value: s.code, label: `${s.code} ${s.label}` }))]}
          value={value}
          onChange={onChange}
        />
        {shown.length === 0 ? <p className="px-2 py-1 text-sm text-slate-600">{tw('noSectorMatch')}</p> : null}
      </div>
    </div>
  );
}
