import 'server-only';
import type { Metadata } from 'next';
import type nl from '@/messages/nl.json';
import { getTranslations } from './server';

export type PageTitleKey = keyof typeof nl.pageTitles;

/**
 * A page's `generateMetadata`: its title in the page's language, which the layout's template turns
 * into "Triage · Kantelpunt". Used as `export const generateMetadata = pageTitle('triage');`.
 */
export function pageTitle(key: PageTitleKey) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace: 'pageTitles' });
    return { title: t(key) };
  };
}
