import { getTranslations } from '@/lib/i18n/server';
import { Link } from '@/i18n/navigation';
import { Button, buttonClasses } from '@/components/ui/button';
import { SearchInput } from '@/components/ui/search-input';
import { CHANNELS } from '@/lib/domain/channels';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { FOLLOW_UP_BANDS, PAGE_SIZES, REVENUE_BANDS, type TriageQuery } from '@/lib/triage/query';

const selectClass = 'min-h-11 w-full rounded-md border border-slate-400 bg-white px-3';

/**
 * The filters as a plain GET form: submitting it writes the view into the URL. Multi-choices
 * (provinces, classes) are checkboxes posted once per choice.
 */
export async function TriageFilters({
  query,
  provinces,
  advisors,
  sectors,
}: {
  query: TriageQuery;
  provinces: string[];
  advisors: Array<{ id: string; name: string }>;
  sectors: Array<{ code: string; label: string }>;
}) {
  const [t, tProvinces, tClasses, tChannels] = await Promise.all([
    getTranslations('triage'),
    getTranslations('provinces'),
    getTranslations('classes'),
    getTranslations('channels'),
  ]);
  const field = (id: string, label: string, control: React.ReactNode) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {control}
    </div>
  );
  return (
    <form role="search" aria-label={t('filters')} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <SearchInput label={t('search')} defaultValue={query.q} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {provinces.length > 1 ? (
          <fieldset className="flex flex-col gap-1">
            <legend className="text-sm font-medium">{t('province')}</legend>
            <div className="flex max-h-32 flex-col gap-1 overflow-auto">
              {provinces.map((p) => (
                <label key={p} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="province" value={p} defaultChecked={query.provinces.includes(p as never)} className="h-4 w-4 accent-brand-700" />
                  {tProvinces(p as never)}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">{t('class')}</legend>
          {CRISIS_CLASSES.map((c) => (
            <label key={c} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="class" value={c} defaultChecked={query.classes.includes(c)} className="h-4 w-4 accent-brand-700" />
              {tClasses(c)}
            </label>
          ))}
        </fieldset>
        {field(
          'sector',
          t('sector'),
          <select id="sector" name="sector" defaultValue={query.sector ?? ''} className={selectClass}>
            <option value="">{t('sectorAny')}</option>
            {sectors.map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} — {s.label}
              </option>
            ))}
          </select>,
        )}
        {field(
          'revenue',
          t('revenue'),
          <select id="revenue" name="revenue" defaultValue={query.revenue ?? ''} className={selectClass}>
            <option value="">{t('any')}</option>
            {REVENUE_BANDS.map((b) => (
              <option key={b} value={b}>
                {t(`revenueBands.${b}`)}
              </option>
            ))}
          </select>,
        )}
        {(['uses', 'notUses'] as const).map((key) =>
          field(
            key,
            t(key),
            <select key={key} id={key} name={key} defaultValue={query[key] ?? ''} className={selectClass}>
              <option value="">{t('anyChannel')}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {tChannels(c)}
                </option>
              ))}
            </select>,
          ),
        )}
        <div className="grid grid-cols-2 gap-2">
          {field(
            'scoreMin',
            t('scoreMin'),
            <input id="scoreMin" name="scoreMin" type="number" min={0} max={100} defaultValue={query.scoreMin} className={selectClass} />,
          )}
          {field(
            'scoreMax',
            t('scoreMax'),
            <input id="scoreMax" name="scoreMax" type="number" min={0} max={100} defaultValue={query.scoreMax} className={selectClass} />,
          )}
        </div>
        {field(
          'advisor',
          t('advisor'),
          <select id="advisor" name="advisor" defaultValue={query.advisor ?? ''} className={selectClass}>
            <option value="">{t('advisorAny')}</option>
            <option value="mine">{t('advisorMine')}</option>
            <option value="unassigned">{t('advisorUnassigned')}</option>
            {advisors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>,
        )}
        {field(
          'followUp',
          t('followUp'),
          <select id="followUp" name="followUp" defaultValue={query.followUp ?? ''} className={selectClass}>
            <option value="">{t('any')}</option>
            {FOLLOW_UP_BANDS.map((b) => (
              <option key={b} value={b}>
                {t(`followUpBands.${b}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'size',
          t('pageSize'),
          <select id="size" name="size" defaultValue={String(query.size)} className={selectClass}>
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>,
        )}
      </div>
      {query.sort !== 'priority' || query.dir !== 'desc' ? (
        <>
          <input type="hidden" name="sort" value={query.sort} />
          <input type="hidden" name="dir" value={query.dir} />
        </>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit">{t('apply')}</Button>
        <Link href="/advisor" className={buttonClasses('ghost', 'md')}>
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
