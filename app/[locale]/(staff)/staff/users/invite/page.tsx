import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/server';
import { BackLink } from '@/components/ui/back-link';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { InviteUserForm } from '../_components/user-form';
import { INVITE_USER_FORM_MESSAGES, userFormChoices } from '../_components/choices';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('inviteUser');

export default async function InviteUserPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requirePageViewer(locale, '/staff/users/invite', ['staff']);
  const t = await getTranslations('staffUsers');
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <BackLink href="/staff/users">{t('back')}</BackLink>
      <div>
        <h1 className="text-3xl font-bold">{t('inviteTitle')}</h1>
        <p className="mt-2 text-slate-700">{t('inviteIntro')}</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <NextIntlClientProvider messages={await clientMessages(INVITE_USER_FORM_MESSAGES)}>
          <InviteUserForm choices={await userFormChoices(['advisor', 'staff'])} defaultLanguage={locale} />
        </NextIntlClientProvider>
      </div>
    </div>
  );
}
