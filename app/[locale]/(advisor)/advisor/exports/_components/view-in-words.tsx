import { getTranslations } from '@/lib/i18n/server';
import { describeQuery, type QueryPart } from '@/lib/triage/describe-query';

/**
 * An exported view in words, in the page's language ("Klasse: Winnaar · Provincie: Limburg ·
 * Zoeken: ‘bakker’"), from the view's query string as the audit log keeps it. The filter names and
 * values are the ones of the triage page, so the history reads like the filters people chose.
 */
export async function ViewInWords({ view, selected, advisors }: { view: string; selected: number; advisors: ReadonlyMap<string, string> }) {
  const [t, tTriage, tClasses, tProvinces, tChannels, tExports] = await Promise.all([
    getTranslations('viewDescription'),
    getTranslations('triage'),
    getTranslations('classes'),
    getTranslations('provinces'),
    getTranslations('channels'),
    getTranslations('exports'),
  ]);
  const inWords = (part: QueryPart): [label: string, value: string] => {
    switch (part.filter) {
      case 'search':
        return [t('search'), t('quoted', { text: part.text })];
      case 'province':
        return [tTriage('columns.province'), part.provinces.map((p) => tProvinces(p)).join(', ')];
      case 'class':
        return [tTriage('columns.class'), part.classes.map((c) => tClasses(c)).join(', ')];
      case 'sector':
        return [tTriage('columns.sector'), part.code];
      case 'uses':
      case 'notUses':
        return [tTriage(part.filter), tChannels(part.channel)];
      case 'revenue':
        return [tTriage('columns.revenue'), tTriage(`revenueBands.${part.band}`)];
      case 'score': {
        const { min, max } = part;
        const range =
          min !== undefined && max !== undefined
            ? t('scoreBetween', { min, max })
            : min !== undefined
              ? t('scoreFrom', { min })
              : t('scoreUpTo', { max: max ?? 100 });
        return [tTriage('columns.score'), range];
      }
      case 'advisor': {
        const { advisor } = part;
        const name =
          advisor === 'mine' ? t('advisorOwn') : advisor === 'unassigned' ? tTriage('advisorUnassigned') : (advisors.get(advisor.id) ?? t('advisorGone'));
        return [tTriage('columns.advisor'), name];
      }
      case 'followUp':
        return [tTriage('followUp'), tTriage(`followUpBands.${part.band}`)];
      case 'help':
        return [tTriage('help'), tTriage('helpYes')];
      case 'sort':
        return [t('sort'), `${tTriage(`columns.${part.column}`)} (${t(part.dir === 'asc' ? 'ascending' : 'descending')})`];
    }
  };
  const parts = describeQuery(view).map(inWords);
  if (selected > 0) parts.unshift([t('selection'), t('selected', { count: selected })]);
  if (parts.length === 0) return <>{tExports('allMembers')}</>;
  // Inline text with real spaces around the dots, so it wraps like a sentence and reads the same when copied.
  return (
    <span data-testid="export-view">
      {parts.map(([label, value], index) => (
        <span key={label}>
          {index > 0 ? ' · ' : null}
          <span className="text-slate-600">{label}:</span> {value}
        </span>
      ))}
    </span>
  );
}
