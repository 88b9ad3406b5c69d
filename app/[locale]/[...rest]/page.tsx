import { notFound } from 'next/navigation';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('notFound');

/** Any unknown path under a locale renders the translated not-found page. */
export default function CatchAll() {
  notFound();
}
