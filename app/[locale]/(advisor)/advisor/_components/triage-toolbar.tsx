'use client';

import { useEffect, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Search, SlidersHorizontal } from 'lucide-react';
import { CHANNELS } from '@/lib/domain/channels';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { FOLLOW_UP_BANDS, REVENUE_BANDS, type TriageQuery } from '@/lib/triage/query';
import { SEARCH_MAX } from '@/lib/navigation/search-params';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { ChoiceList, CheckList, FilterChip, ToggleChip, type FilterPanel } from './filter-chip';
import { SectorChoice } from './sector-choice';
import { ScoreRange } from './score-range';
import { useTriageNavigation } from './triage-navigation';

/** How long typing pauses before the search runs. */
const SEARCH_DELAY_MS = 300;

const FILTERS_CLEARED: Partial<TriageQuery> = {
  provinces: [],
  classes: [],
  sector: undefined,
  uses: undefined,
  notUses: undefined,
  revenue: undefined,
  scoreMin: undefined,
  scoreMax: undefined,
  advisor: undefined,
  followUp: undefined,
  help: undefined,
  q: undefined,
};

/**
 * The toolbar above the table: a search that runs as you type and one chip per filter, each
 * applied the moment it changes. On a phone the chips move into a bottom sheet.
 */
export function TriageToolbar({
  provinces,
  advisors,
  sectorLabel,
}: {
  provinces: string[];
  advisors: Array<{ id: string; name: string }>;
  /** The name of the sector filtered on, for the chip's summary (the list itself is fetched when the chip opens). */
  sectorLabel: string | null;
}) {
  const t = useTranslations('triage');
  const tw = useTranslations('workspace');
  const tClasses = useTranslations('classes');
  const tProvinces = useTranslations('provinces');
  const tChannels = useTranslations('channels');
  const { query, show } = useTriageNavigation();

  const panels = useMemo(() => {
    const channelOptions = [{ value: '', label: t('anyChannel') }, ...CHANNELS.map((c) => ({ value: c, label: tChannels(c) }))];
    const advisorName = (id: string) =>
      id === 'mine' ? t('advisorMine') : id === 'unassigned' ? t('advisorUnassigned') : (advisors.find((a) => a.id === id)?.name ?? id);
    const list: FilterPanel[] = [
      {
        id: 'class',
        label: t('class'),
        summary: query.classes.map((c) => tClasses(c)).join(', '),
        clear: () => show({ classes: [] }),
        content: (
          <CheckList
            legend={t('class')}
            options={CRISIS_CLASSES.map((c) => ({ value: c, label: tClasses(c) }))}
            values={query.classes}
            onChange={(classes) => show({ classes })}
          />
        ),
      },
      {
        id: 'sector',
        label: tw('sector'),
        summary: query.sector ? `${query.sector} ${sectorLabel ?? ''}`.trim() : '',
        clear: () => show({ sector: undefined }),
        content: <SectorChoice value={query.sector ?? ''} onChange={(sector) => show({ sector: sector || undefined })} />,
      },
      ...(provinces.length > 1
        ? [
            {
              id: 'province',
              label: t('province'),
              summary: query.provinces.map((p) => tProvinces(p)).join(', '),
              clear: () => show({ provinces: [] }),
              content: (
                <CheckList
                  legend={t('province')}
                  options={provinces.map((p) => ({ value: p as TriageQuery['provinces'][number], label: tProvinces(p as never) }))}
                  values={query.provinces}
                  onChange={(values) => show({ provinces: values })}
                />
              ),
            },
          ]
        : []),
      ...(['uses', 'notUses'] as const).map((key) => ({
        id: key,
        label: t(key),
        summary: query[key] ? tChannels(query[key]) : '',
        clear: () => show({ [key]: undefined }),
        content: (
          <ChoiceList
            name={key}
            legend={t(key)}
            options={channelOptions}
            value={query[key] ?? ''}
            onChange={(value) => show({ [key]: (value || undefined) as TriageQuery['uses'] })}
          />
        ),
      })),
      {
        id: 'revenue',
        label: t('revenue'),
        summary: query.revenue ? t(`revenueBands.${query.revenue}`) : '',
        clear: () => show({ revenue: undefined }),
        content: (
          <ChoiceList
            name="revenue"
            legend={t('revenue')}
            options={[{ value: '', label: t('any') }, ...REVENUE_BANDS.map((b) => ({ value: b, label: t(`revenueBands.${b}`) }))]}
            value={query.revenue ?? ''}
            onChange={(value) => show({ revenue: (value || undefined) as TriageQuery['revenue'] })}
          />
        ),
      },
      {
        id: 'score',
        label: tw('score'),
        summary: query.scoreMin !== undefined || query.scoreMax !== undefined ? `${query.scoreMin ?? 0}–${query.scoreMax ?? 100}` : '',
        clear: () => show({ scoreMin: undefined, scoreMax: undefined }),
        content: <ScoreRange min={query.scoreMin} max={query.scoreMax} onChange={(scoreMin, scoreMax) => show({ scoreMin, scoreMax }, { replace: true })} />,
      },
      {
        id: 'advisor',
        label: t('advisor'),
        summary: query.advisor ? advisorName(query.advisor) : '',
        clear: () => show({ advisor: undefined }),
        content: (
          <ChoiceList
            name="advisor"
            legend={t('advisor')}
            options={[
              { value: '', label: t('advisorAny') },
              { value: 'mine', label: t('advisorMine') },
              { value: 'unassigned', label: t('advisorUnassigned') },
              ...advisors.map((a) => ({ value: a.id, label: a.name })),
            ]}
            value={query.advisor ?? ''}
            onChange={(value) => show({ advisor: value || undefined })}
          />
        ),
      },
      {
        id: 'followUp',
        label: t('followUp'),
        summary: query.followUp ? t(`followUpBands.${query.followUp}`) : '',
        clear: () => show({ followUp: undefined }),
        content: (
          <ChoiceList
            name="followUp"
            legend={t('followUp')}
            options={[{ value: '', label: t('any') }, ...FOLLOW_UP_BANDS.map((b) => ({ value: b, label: t(`followUpBands.${b}`) }))]}
            value={query.followUp ?? ''}
            onChange={(value) => show({ followUp: (value || undefined) as TriageQuery['followUp'] })}
          />
        ),
      },
    ];
    return list;
  }, [query, show, t, tw, tClasses, tProvinces, tChannels, provinces, advisors, sectorLabel]);

  const activeCount = panels.filter((p) => p.summary !== '').length + (query.help ? 1 : 0);
  const showHelp = (on: boolean) => show({ help: on ? true : undefined });
  const anything = activeCount > 0 || Boolean(query.q);

  return (
    <div role="search" aria-label={t('filters')} className="flex flex-wrap items-center gap-2">
      <SearchBox />
      <div className="hidden flex-wrap items-center gap-2 md:flex">
        {panels.map((panel) => (
          <FilterChip key={panel.id} panel={panel} />
        ))}
        <ToggleChip label={t('help')} pressed={Boolean(query.help)} onChange={showHelp} />
      </div>
      <Dialog>
        <DialogTrigger className="inline-flex h-9 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm md:hidden">
          <SlidersHorizontal aria-hidden="true" className="size-4" />
          {tw('filtersButton', { count: activeCount })}
        </DialogTrigger>
        <DialogContent side="bottom" title={t('filters')} closeLabel={tw('close')}>
          <div className="flex flex-col gap-4">
            {panels.map((panel) => (
              <section key={panel.id} aria-label={panel.label} className="flex flex-col gap-1">
                <h3 className="text-sm font-semibold">{panel.label}</h3>
                {panel.content}
              </section>
            ))}
            <label className="flex min-h-9 cursor-pointer items-center gap-2 rounded-md px-2 text-sm font-semibold hover:bg-slate-50">
              <input type="checkbox" checked={Boolean(query.help)} onChange={(event) => showHelp(event.target.checked)} className="size-4 accent-brand-700" />
              {t('help')}
            </label>
          </div>
        </DialogContent>
      </Dialog>
      {anything ? (
        <button type="button" onClick={() => show(FILTERS_CLEARED)} className="h-8 rounded-md px-2 text-sm font-medium text-brand-800 hover:bg-brand-50">
          {tw('clearAll')}
        </button>
      ) : null}
    </div>
  );
}

/** The free-text search: runs after a short pause in typing; `/` anywhere on the page jumps here. */
function SearchBox() {
  const t = useTranslations('triage');
  const tUi = useTranslations('ui');
  const { query, show } = useTriageNavigation();
  const [text, setText] = useState(query.q ?? '');
  // The URL's search changes from elsewhere too (clear all, back button, a saved view): follow it,
  // unless it is the answer to what is being typed.
  const [seen, setSeen] = useState(query.q ?? '');
  if ((query.q ?? '') !== seen) {
    setSeen(query.q ?? '');
    if ((query.q ?? '') !== text.trim()) setText(query.q ?? '');
  }
  const tooLong = text.length > SEARCH_MAX;

  useEffect(() => {
    const wanted = text.trim();
    if (tooLong || wanted === (query.q ?? '')) return;
    const timer = setTimeout(() => show({ q: wanted || undefined }, { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, tooLong, query.q, show]);

  return (
    <div className="relative flex min-w-0 flex-1 basis-56 flex-col md:max-w-sm">
      <label htmlFor="q" className="sr-only">
        {t('search')}
      </label>
      <Search aria-hidden="true" className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-slate-500" />
      <input
        id="q"
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('search')}
        aria-invalid={tooLong || undefined}
        aria-describedby={tooLong ? 'q-error' : undefined}
        aria-keyshortcuts="/"
        className="h-9 w-full rounded-md border border-slate-300 bg-white pl-8 pr-8 text-sm placeholder:text-slate-500 aria-[invalid=true]:border-red-700"
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute right-2 top-2 hidden rounded border border-slate-300 px-1.5 text-xs text-slate-500 md:block"
      >
        /
      </kbd>
      {tooLong ? (
        <p id="q-error" role="alert" className="text-sm font-medium text-red-700">
          {tUi('searchTooLong', { max: SEARCH_MAX })}
        </p>
      ) : null}
    </div>
  );
}
