'use client';

import { Suspense } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

/**
 * Links (not a select) so the switch works without JavaScript and keeps the query string. Reading
 * the query needs a Suspense boundary; its fallback is the same links without the query, so the
 * header keeps its size whichever of the two the first paint shows.
 */
export function LocaleSwitcher() {
  return (
    <Suspense fallback={<LocaleLinks search="" />}>
      <LocaleLinksWithQuery />
    </Suspense>
  );
}

function LocaleLinksWithQuery() {
  return <LocaleLinks search={useSearchParams().toString()} />;
}

function LocaleLinks({ search }: { search: string }) {
  const t = useTranslations('shell');
  const current = useLocale();
  const pathname = usePathname();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={t('language')}>
      <ul className="flex gap-1">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              // Joined by hand, not with cx: the frame's client components ship with every page, and cx would add tailwind-merge.
              className={`inline-flex min-h-9 min-w-9 items-center justify-center rounded px-2 text-sm uppercase ${
                locale === current ? 'bg-brand-700 font-semibold text-white' : 'text-brand-800 hover:bg-brand-50'
              }`}
            >
              <span className="sr-only">{t(`languageNames.${locale}`)}</span>
              <span aria-hidden="true">{locale}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
