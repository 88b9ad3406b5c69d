import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { checkToken } from '@/lib/dal/accounts';
import { requestContext } from '@/lib/dal/request';
import { AuthCard } from '../_components/auth-card';
import { TokenForm } from '../_components/token-form';
import { TokenProblemMessage } from '../_components/token-problem';
import { tokenParam } from '../_components/token-param';
import { resetPasswordAction } from '../actions';

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> }) {
  await pageLocale(params);
  const token = tokenParam((await searchParams).token);
  const problem = token ? await checkToken((await requestContext()).db, token, 'reset_password') : 'invalid';
  const t = await getTranslations('resetPassword');
  const tRegister = await getTranslations('register');
  return (
    <AuthCard title={t('title')}>
      {problem || !token ? (
        <TokenProblemMessage problem={problem ?? 'invalid'} requestNewHref="/forgot-password" />
      ) : (
        <TokenForm
          action={resetPasswordAction}
          token={token}
          labels={{ password: t('password'), confirm: t('confirm'), passwordHint: tRegister('passwordHint'), submit: t('submit'), pending: t('pending') }}
        />
      )}
    </AuthCard>
  );
}
