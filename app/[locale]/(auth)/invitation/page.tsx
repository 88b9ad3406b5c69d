import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { checkToken } from '@/lib/dal/accounts';
import { requestContext } from '@/lib/dal/request';
import { AuthCard } from '../_components/auth-card';
import { TokenForm } from '../_components/token-form';
import { TOKEN_FORM_MESSAGES } from '../_components/client-messages';
import { TokenProblemMessage } from '../_components/token-problem';
import { tokenParam } from '../_components/token-param';
import { acceptInvitationAction } from '../actions';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('invitation');

export default async function InvitationPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> }) {
  await pageLocale(params);
  const token = tokenParam((await searchParams).token);
  const problem = token ? await checkToken((await requestContext()).db, token, 'invitation') : 'invalid';
  const t = await getTranslations('invitation');
  return (
    <AuthCard title={t('title')} intro={problem ? undefined : t('intro')}>
      {problem || !token ? (
        <TokenProblemMessage problem={problem ?? 'invalid'} />
      ) : (
        <NextIntlClientProvider messages={await clientMessages(TOKEN_FORM_MESSAGES.invitation)}>
          <TokenForm action={acceptInvitationAction} token={token} namespace="invitation" />
        </NextIntlClientProvider>
      )}
    </AuthCard>
  );
}
