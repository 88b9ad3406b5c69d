import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { Notice } from '@/components/forms/notice';
import { AuthCard } from '../_components/auth-card';
import { LoginForm } from './_components/login-form';
import { LOGIN_FORM_MESSAGES } from '../_components/client-messages';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('login');

type Search = { callbackUrl?: string; verified?: string; reset?: string; welcome?: string };

export default async function LoginPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  await pageLocale(params);
  const search = await searchParams;
  const t = await getTranslations('login');
  const notice = search.reset ? t('passwordChanged') : search.welcome ? t('welcome') : null;

  return (
    <AuthCard title={t('title')} intro={t('intro')}>
      {notice ? <Notice>{notice}</Notice> : null}
      <NextIntlClientProvider messages={await clientMessages(LOGIN_FORM_MESSAGES)}>
        <LoginForm callbackUrl={typeof search.callbackUrl === 'string' ? search.callbackUrl : undefined} />
      </NextIntlClientProvider>
      <div className="flex flex-col gap-2 text-sm">
        <Link href="/forgot-password" className="text-brand-800 underline underline-offset-2">
          {t('forgot')}
        </Link>
        <Link href="/resend-verification" className="text-brand-800 underline underline-offset-2">
          {t('resendVerification')}
        </Link>
        <p>
          {t('noAccount')}{' '}
          <Link href="/register" className="text-brand-800 underline underline-offset-2">
            {t('register')}
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
