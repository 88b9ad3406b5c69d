import { getTranslations } from '@/lib/i18n/server';
import { Link } from '@/i18n/navigation';
import type { TokenProblem } from '@/lib/dal/accounts';

/** Why an e-mailed link cannot be used, with the way to get a new one. */
export async function TokenProblemMessage({ problem, requestNewHref }: { problem: TokenProblem; requestNewHref?: string }) {
  const t = await getTranslations('tokens');
  return (
    <div className="flex flex-col gap-3">
      <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">
        {t(problem)}
      </p>
      {requestNewHref ? (
        <Link href={requestNewHref} className="text-sm text-brand-800 underline underline-offset-2">
          {t('requestNew')}
        </Link>
      ) : null}
    </div>
  );
}
