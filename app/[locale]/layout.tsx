import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/server';
import { routing } from '@/i18n/routing';
import { cookies } from 'next/headers';
import { SiteHeader } from '@/components/shell/site-header';
import { SiteFooter } from '@/components/shell/site-footer';
import { AppFrame } from '@/components/shell/app-frame';
import { SIDEBAR_COOKIE, sidebarCollapsed } from '@/lib/navigation/sidebar';
import { requestContext } from '@/lib/dal/request';
import { followUpsDueCount } from '@/lib/dal/follow-up-queue';
import { rethrowAsOutageWhenDatabaseDown } from '@/lib/server/database-outage';
import '../globals.css';
import { interFont } from '@/components/shell/font';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const [t, tShell] = await Promise.all([getTranslations({ locale, namespace: 'meta' }), getTranslations({ locale, namespace: 'shell' })]);
  // Each page names itself (lib/i18n/page-title.ts): "Triage · Kantelpunt"; the landing page keeps the full title.
  return { title: { template: `%s · ${tShell('brand')}`, default: t('title') }, description: t('description') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('shell');
  const messages = await getMessages();
  // The first database reads of a signed-in page: when they fail because the database is down, the
  // page says so (global-error.tsx) instead of a bare "something went wrong".
  const { viewer, db } = await requestContext().catch(rethrowAsOutageWhenDatabaseDown);
  const followUpsDue = viewer && viewer.role !== 'member' ? await followUpsDueCount(db, viewer).catch(rethrowAsOutageWhenDatabaseDown) : 0;
  // Client components get only the namespaces they use; pages add their own providers when they need more.
  // `error` is for the error boundary (error.tsx), which renders inside this provider.
  const clientMessages = { shell: messages.shell, ui: messages.ui, error: messages.error };

  return (
    <html lang={locale} className={interFont.variable}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={clientMessages}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t('skipToContent')}
          </a>
          {viewer ? (
            <AppFrame viewer={viewer} followUpsDue={followUpsDue} collapsed={sidebarCollapsed((await cookies()).get(SIDEBAR_COOKIE)?.value)}>
              {children}
            </AppFrame>
          ) : (
            <>
              <SiteHeader />
              <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
                {children}
              </main>
              <SiteFooter />
            </>
          )}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
