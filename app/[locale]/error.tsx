'use client';

import { startTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { buttonLook } from '@/components/ui/button-look';
import { Link } from '@/i18n/navigation';
import { ErrorView } from '@/components/errors/error-view';
import { isDatabaseOutage } from '@/lib/errors/error-id';

/**
 * A page that failed inside the layout. The layout's provider hands this boundary the `error`
 * namespace; `error.digest` is the id the server logged with the stack.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('error');
  const router = useRouter();
  const outage = isDatabaseOutage(error.digest);
  // A server error only goes away when the server renders the page again.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <ErrorView
      title={outage ? t('databaseTitle') : t('title')}
      text={outage ? t('databaseText') : t('text')}
      reference={error.digest ? t('reference', { id: error.digest }) : undefined}
      referenceHint={error.digest ? t('referenceHint') : undefined}
      actions={
        <>
          <button type="button" onClick={retry} className={buttonLook('primary', 'md')}>
            {t('retry')}
          </button>
          <Link href="/" className={buttonLook('secondary', 'md')}>
            {t('home')}
          </Link>
        </>
      }
    />
  );
}
