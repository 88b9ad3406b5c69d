import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { AuthCard } from '../_components/auth-card';
import { EmailOnlyForm } from '../_components/email-only-form';
import { forgotPasswordAction } from '../actions';

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('forgotPassword');
  return (
    <AuthCard title={t('title')} intro={t('intro')}>
      <EmailOnlyForm action={forgotPasswordAction} labels={{ email: t('email'), submit: t('submit'), pending: t('pending') }} />
    </AuthCard>
  );
}
