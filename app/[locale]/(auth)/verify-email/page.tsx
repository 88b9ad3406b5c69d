import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { AuthCard } from '../_components/auth-card';
import { TokenForm } from '../_components/token-form';
import { TOKEN_FORM_MESSAGES } from '../_components/client-messages';
import { TokenProblemMessage } from '../_components/token-problem';
import { tokenParam } from '../_components/token-param';
import { verifyEmailAction } from '../actions';
import { pageTitle } from '@/lib/i18n/page-title';
import { Link } from '@/i18n/navigation';

export const generateMetadata = pageTitle('verifyEmail');

// Confirming takes a click (a POST): mail scanners that open links must not use up the token.
export default async function VerifyEmailPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> }) {
  await pageLocale(params);
  const token = tokenParam((await searchParams).token);
  const t = await getTranslations('verifyEmail');
  return (
    <AuthCard title={t('title')} intro={t('intro')}>
      {token ? (
        <>
          <NextIntlClientProvider messages={await clientMessages(TOKEN_FORM_MESSAGES.verifyEmail)}>
            <TokenForm action={verifyEmailAction} token={token} namespace="verifyEmail" />
          </NextIntlClientProvider>
          <Link href="/resend-verification" className="text-sm text-brand-800 underline underline-offset-2">
            {t('linkTrouble')}
          </Link>
        </>
      ) : (
        <TokenProblemMessage problem="invalid" requestNewHref="/resend-verification" />
      )}
    </AuthCard>
  );
}
