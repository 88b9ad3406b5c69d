import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { requestContext } from '@/lib/dal/request';
import { openQuickScan } from '@/lib/dal/quick-scan';
import { claimToken } from '@/lib/quick-scan/claim-cookie';
import { Notice } from '@/components/forms/notice';
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
  const scan = await scanToCarry();
  const [tScan, format] = await Promise.all([getTranslations('quickScan'), getFormatter()]);
  return (
    <AuthCard title={t('title')} intro={t('intro')}>
      {scan ? <Notice>{tScan('registerNote', { date: format.dateTime(scan.createdAt, { dateStyle: 'medium' }), score: scan.digitalScore })}</Notice> : null}
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

/** The quick scan this browser took and has not saved yet: the new account will hold it. */
async function scanToCarry() {
  const token = await claimToken();
  if (!token) return null;
  const { db } = await requestContext();
  return openQuickScan(db, token);
}
