import { getTranslations } from '@/lib/i18n/server';
import { BackLink } from '@/components/ui/back-link';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { InviteUserForm } from '../_components/user-form';
import { userFormChoices, userFormLabels } from '../_components/choices';

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
        <InviteUserForm labels={await userFormLabels('sendInvite')} choices={await userFormChoices(['advisor', 'staff'])} defaultLanguage={locale} />
      </div>
    </div>
  );
}
