import { NextIntlClientProvider } from 'next-intl';
import { notFound } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { BackLink } from '@/components/ui/back-link';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { getUser } from '@/lib/dal/users';
import { routeId } from '@/lib/validation/ids';
import { Badge } from '@/components/ui/badge';
import { EditUserForm } from '../_components/user-form';
import { clientMessages } from '@/lib/i18n/client-messages';
import { EDIT_USER_FORM_MESSAGES, userFormChoices } from '../_components/choices';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('user');

export default async function EditUserPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const id = routeId((await params).id);
  if (!id) notFound();
  const { viewer, db } = await requirePageViewer(locale, `/staff/users/${id}`, ['staff']);
  const user = await getUser(db, viewer, id);
  if (!user) notFound();
  const t = await getTranslations('staffUsers');
  const tStatus = await getTranslations('userStatus');

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <BackLink href="/staff/users">{t('back')}</BackLink>
      <div>
        <h1 className="text-3xl font-bold">{t('editTitle')}</h1>
        <p className="mt-2 text-slate-700">
          {user.name} · {user.email} <Badge>{tStatus(user.status)}</Badge>
        </p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <NextIntlClientProvider messages={await clientMessages(EDIT_USER_FORM_MESSAGES)}>
          <EditUserForm user={user} choices={await userFormChoices(['member', 'advisor', 'staff'])} />
        </NextIntlClientProvider>
      </div>
    </div>
  );
}
