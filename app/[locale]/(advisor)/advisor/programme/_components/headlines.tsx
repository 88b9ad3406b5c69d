import { getTranslations } from '@/lib/i18n/server';
import type { AppLocale } from '@/i18n/routing';
import { percentOf } from '@/lib/programme/channel-adoption';
import { signedPoints } from '@/lib/programme/history-series';

/** The page's answer in five figures, before the charts that explain them. */
export async function Headlines({
  locale,
  figures,
}: {
  locale: AppLocale;
  figures: {
    members: number;
    winners: number;
    tipped: number;
    /** The period's first day, "2026-01-01". */
    from: string;
    coachedChange: number | null;
    notCoachedChange: number | null;
    overdue: number;
  };
}) {
  const t = await getTranslations({ locale, namespace: 'programme' });
  const since = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${figures.from}T00:00:00Z`),
  );
  const signed = (value: number | null) => (value === null ? '–' : signedPoints(value, locale));
  const items = [
    { key: 'members', value: figures.members.toLocaleString(locale), label: t('headline.members') },
    { key: 'winners', value: `${percentOf(figures.winners, figures.members)} %`, label: t('headline.winners') },
    { key: 'tipped', value: figures.tipped.toLocaleString(locale), label: t('headline.tipped', { since }) },
    { key: 'change', value: `${signed(figures.coachedChange)} / ${signed(figures.notCoachedChange)}`, label: t('headline.change') },
    { key: 'overdue', value: figures.overdue.toLocaleString(locale), label: t('headline.overdue') },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5 print:grid-cols-5">
      {items.map((item) => (
        <div key={item.key} className="flex flex-col-reverse gap-1 rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-xs text-slate-700">{item.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
