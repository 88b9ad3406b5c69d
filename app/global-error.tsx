'use client';

import { usePathname } from 'next/navigation';
import { ERROR_MESSAGES } from '@/lib/i18n/error-messages';
import { buttonLook } from '@/components/ui/button-look';
import { ErrorView } from '@/components/errors/error-view';
import { isDatabaseOutage } from '@/lib/errors/error-id';
import './globals.css';
import { interFont } from '@/components/shell/font';

// Only the error namespace: this boundary is part of every page's JavaScript.
const MESSAGES = ERROR_MESSAGES;
type Locale = keyof typeof MESSAGES;

/** The locale from the address (/fr/…), as the layout would have had it; Dutch otherwise. */
function localeOf(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return first === 'fr' || first === 'en' ? first : 'nl';
}

/**
 * Replaces the root layout when the layout itself fails — typically the database not answering
 * on a full page load. No provider is there, so the texts travel with this file.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOf(usePathname() ?? '/');
  const t = MESSAGES[locale];
  const outage = isDatabaseOutage(error.digest);
  return (
    <html lang={locale} className={interFont.variable}>
      <head>
        <title>{t.pageTitle}</title>
      </head>
      <body className="flex min-h-screen flex-col">
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          <ErrorView
            title={outage ? t.databaseTitle : t.title}
            text={outage ? t.databaseText : t.text}
            reference={error.digest ? t.reference.replace('{id}', error.digest) : undefined}
            referenceHint={error.digest ? t.referenceHint : undefined}
            actions={
              <>
                {/* A full page load: the layout (and its database reads) runs again. */}
                <button type="button" onClick={() => window.location.reload()} className={buttonLook('primary', 'md')}>
                  {t.retry}
                </button>
                <a href={`/${locale}`} className={buttonLook('secondary', 'md')}>
                  {t.home}
                </a>
              </>
            }
          />
        </main>
      </body>
    </html>
  );
}
