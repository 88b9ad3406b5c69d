import { getRequestConfig } from 'next-intl/server';
import { requestedLocale } from './routing';
import { TIME_ZONE } from '@/lib/domain/brussels-time';

export default getRequestConfig(async ({ requestLocale }) => {
  const locale = requestedLocale(await requestLocale);
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
