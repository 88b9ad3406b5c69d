import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { AuthCard } from '../_components/auth-card';
import { RegisterForm } from './_components/register-form';
import { REGISTER_FORM_MESSAGES } from '../_components/client-messages';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('register');

export default async function RegisterPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('register');
  const tShell = await getTranslations('shell');
  return (
    <AuthCard title={t('title')} intro={t('intro')}>
      <NextIntlClientProvider messages={await clientMessages(REGISTER_FORM_MESSAGES)}>
        <RegisterForm languages={routing.locales.map((l) => ({ value: l, label: tShell(`languageNames.${l}`) }))} defaultLanguage={locale} />
      </NextIntlClientProvider>
      <p className="text-sm">
        {t('haveAccount')}{' '}
        <Link href="/login" className="text-brand-800 underline underline-offset-2">
          {t('signIn')}
        </Link>
      </p>
    </AuthCard>
  );
}
