import type { Metadata } from 'next';
import { getTranslations } from '@/lib/i18n/server';
import { requestContext } from '@/lib/dal/request';
import { getBusiness } from '@/lib/dal/businesses';
import { routeId } from '@/lib/validation/ids';

/**
 * The business page's title is the business's name. Read again through the DAL (the page reads it
 * too): the same scope applies, so a business the viewer may not see gives the generic title.
 */
export async function businessMetadata({ params }: { params: Promise<{ locale: string; id: string }> }): Promise<Metadata> {
  const { locale, id: rawId } = await params;
  const id = routeId(rawId);
  const { viewer, db } = await requestContext();
  const business = id && viewer ? await getBusiness(db, viewer, id) : null;
  if (business) return { title: business.name };
  const t = await getTranslations({ locale, namespace: 'pageTitles' });
  return { title: t('business') };
}
