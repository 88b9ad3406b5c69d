import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageTitle } from '@/lib/i18n/page-title';
import { Link } from '@/i18n/navigation';
import { requestContext } from '@/lib/dal/request';
import { openQuickScan, quickScanResult } from '@/lib/dal/quick-scan';
import { claimToken } from '@/lib/quick-scan/claim-cookie';
import { buttonClasses } from '@/components/ui/button';
import { ScoreOverview } from '@/components/business/score-overview';
import { ClassExplanation } from '@/components/business/class-explanation';
import { NextSteps } from '@/components/business/next-steps';
import { EmptyState } from '@/components/ui/empty-state';

export const generateMetadata = pageTitle('quickScanResult');

/** The quick scan's result, for the browser that took it (its claim token is in a cookie). */
export default async function QuickScanResultPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const { db, viewer } = await requestContext();
  const t = await getTranslations('quickScan');
  const token = await claimToken();
  const scan = token ? await openQuickScan(db, token) : null;
  if (!scan) {
    return (
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
        <h1 className="text-3xl font-bold">{t('resultTitle')}</h1>
        <EmptyState>{t('noResult')}</EmptyState>
        <Link href="/scan" className={buttonClasses('primary', 'md', 'self-start')}>
          {t('takeScan')}
        </Link>
      </div>
    );
  }
  const result = await quickScanResult(db, scan);
  return (
    <div className="mx-auto flex w-full max-w-[70rem] flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t('resultTitle')}</h1>
        <p className="text-slate-700">{t('resultIntro')}</p>
      </div>
      <ScoreOverview score={result.score} peers={result.peers}>
        <Link href="/digital-score" className="text-sm text-brand-800 underline underline-offset-2">
          {t('howScore')}
        </Link>
      </ScoreOverview>
      <ClassExplanation classification={result.classification} />
      <NextSteps recommendations={result.recommendations} />
      <section aria-labelledby="save-title" className="rounded-lg border-l-4 border-accent-600 bg-white p-4 sm:p-6">
        <h2 id="save-title" className="text-xl font-semibold">
          {t('saveTitle')}
        </h2>
        <p className="mt-2 text-slate-700">{viewer ? t('saveSignedIn') : t('saveText')}</p>
        {viewer ? null : (
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href="/register" className={buttonClasses('primary', 'md')}>
              {t('saveAction')}
            </Link>
            <Link href="/scan" className={buttonClasses('ghost', 'md')}>
              {t('again')}
            </Link>
          </div>
        )}
      </section>
    </div>
  );
}
