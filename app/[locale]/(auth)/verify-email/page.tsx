import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { AuthCard } from '../_components/auth-card';
import { TokenForm } from '../_components/token-form';
import { TokenProblemMessage } from '../_components/token-problem';
import { tokenParam } from '../_components/token-param';
import { verifyEmailAction } from '../actions';

// Confirming takes a click (a POST): mail scanners that open links must not use up the token.
export default async function VerifyEmailPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> }) {
  await pageLocale(params);
  const token = tokenParam((await searchParams).token);
  const t = await getTranslations('verifyEmail');
  return (
    <AuthCard title={t('title')} intro={t('intro')}>
      {token ? (
        <TokenForm action={verifyEmailAction} token={token} labels={{ submit: t('submit'), pending: t('pending') }} />
      ) : (
        <TokenProblemMessage problem="invalid" />
      )}
    </AuthCard>
  );
}
