import { redirect } from 'next/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { homePathFor, requirePageViewer } from '@/lib/dal/page-guard';

/** After sign-in: each role to its own start page. */
export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer } = await requirePageViewer(locale, '/dashboard', ['member', 'advisor', 'staff']);
  redirect(`/${locale}${homePathFor(viewer.role)}`);
}
