import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { ALL_ROLES } from '@/lib/dal/access';
import { listOwnSessions } from '@/lib/dal/sessions';
import { describeUserAgent } from '@/lib/domain/user-agent';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/components/ui/badge';
import { DescriptionItem } from '@/components/ui/description-item';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { EndOtherSessionsButton, EndSessionButton } from './_components/session-buttons';
import { Section } from '@/components/ui/section';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('account');

/** Every signed-in user's own account: who they are, and the devices signed in as them, each of which they can sign out. */
export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/account', ALL_ROLES);
  const [t, tRoles, format, sessions] = await Promise.all([getTranslations('account'), getTranslations('roles'), getFormatter(), listOwnSessions(db, viewer)]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const others = sessions.filter((s) => !s.current).length;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <Section id="who-title" title={t('whoTitle')} className="rounded-lg border border-slate-200 bg-white p-6">
        <dl className="mt-4 grid gap-4 sm:grid-cols-3">
          <DescriptionItem label={t('name')} value={viewer.name} />
          <DescriptionItem label={t('email')} value={viewer.email} />
          <DescriptionItem label={t('role')} value={tRoles(viewer.role)} />
        </dl>
      </Section>

      <section aria-labelledby="sessions-title" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6">
        <div>
          <h2 id="sessions-title" className="text-xl font-semibold">
            {t('sessionsTitle')}
          </h2>
          <p className="mt-1 text-slate-700">
            {t('sessionsIntro')}{' '}
            <Link href="/forgot-password" className="font-medium text-brand-800 underline underline-offset-4">
              {t('newPassword')}
            </Link>
          </p>
        </div>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-labelledby="sessions-title">
          {sessions.map((session) => {
            const { browser, system } = describeUserAgent(session.userAgent);
            const device = browser && system ? t('deviceOn', { browser, system }) : (browser ?? system ?? t('unknownDevice'));
            return (
              <li key={session.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div className="flex flex-col gap-1">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    {device}
                    {session.current ? <Badge tone="info">{t('thisDevice')}</Badge> : null}
                  </p>
                  <p className="text-sm text-slate-700">
                    {t('signedInAt', { date: when(session.createdAt) })} · {t('lastSeen', { date: when(session.lastSeenAt) })}
                  </p>
                  <p className="text-sm text-slate-700">
                    {session.ip ? `${t('address', { ip: session.ip })} · ` : ''}
                    {t('expires', { date: when(session.expiresAt) })}
                  </p>
                </div>
                {session.current ? <SignOutButton /> : <EndSessionButton sessionId={session.id} label={t('endSession')} device={device} />}
              </li>
            );
          })}
        </ul>
        {others > 0 ? (
          <EndOtherSessionsButton label={t('endOtherSessions', { count: others })} />
        ) : (
          <p className="text-sm text-slate-700">{t('noOtherSessions')}</p>
        )}
      </section>
    </div>
  );
}
