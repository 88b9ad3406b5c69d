import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { AuthCard } from '../_components/auth-card';
import { EmailOnlyForm } from '../_components/email-only-form';
import { EMAIL_ONLY_FORM_MESSAGES } from '../_components/client-messages';
import { forgotPasswordAction } from '../actions';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('forgotPassword');

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('forgotPassword');
  return (
    <AuthCard title={t('title')} intro={t('intro')}>
      <NextIntlClientProvider messages={await clientMessages(EMAIL_ONLY_FORM_MESSAGES.forgotPassword)}>
        <EmailOnlyForm action={forgotPasswordAction} namespace="forgotPassword" />
      </NextIntlClientProvider>
    </AuthCard>
  );
}
