import { beforeEach, describe, expect, it, vi } from 'vitest';

// next-intl's request locale, as the [locale] segment or the proxy set it; outside a request it throws.
const requestLocale = vi.hoisted(() => ({ value: 'fr' }));
vi.mock('next-intl/server', () => ({ getLocale: async () => requestLocale.value, getNow: async () => new Date() }));

const { getLocale, getTranslations } = await import('@/lib/i18n/server');

describe("the request's locale for server components", () => {
  beforeEach(() => {
    requestLocale.value = 'fr';
  });

  it('is the locale the translators use', async () => {
    expect(await getLocale()).toBe('fr');
    const t = await getTranslations('quickScan');
    expect(t('carried')).toMatch(/^Votre scan/);
  });

  it('falls back to Dutch for a locale the app does not have', async () => {
    requestLocale.value = 'de';
    expect(await getLocale()).toBe('nl');
    expect((await getTranslations('quickScan'))('carried')).toMatch(/^Je scan/);
  });
});
