import { Suspense } from 'react';
import { getTranslations } from '@/lib/i18n/server';
import { Link } from '@/i18n/navigation';
import { menuFor, type Role } from '@/lib/navigation/menu';
import { buttonClasses } from '@/components/ui/button';
import { LocaleSwitcher } from './locale-switcher';

export interface SiteHeaderProps {
  role: Role | null;
  /** Rendered at the right of the bar when signed in (user name, sign-out). */
  account?: React.ReactNode;
  /** Follow-ups due today or overdue, shown beside the follow-ups item. */
  followUpsDue?: number;
}

export async function SiteHeader({ role, account, followUpsDue = 0 }: SiteHeaderProps) {
  const t = await getTranslations('shell');
  const tNav = await getTranslations('nav');
  const items = menuFor(role);
  const links = items.map((item) => (
    <li key={item.href}>
      <Link href={item.href} className="block rounded px-3 py-2 text-slate-800 hover:bg-brand-50 hover:text-brand-900">
        {tNav(item.key)}
        {item.badge && followUpsDue > 0 ? (
          <span className="ml-1.5 rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="follow-ups-due">
            <span aria-hidden="true">{followUpsDue}</span>
            <span className="sr-only">{tNav('followUpsDue', { count: followUpsDue })}</span>
          </span>
        ) : null}
      </Link>
    </li>
  ));

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex flex-col leading-tight">
          <span className="text-xl font-bold text-brand-800">{t('brand')}</span>
          <span className="text-xs text-slate-600">{t('brandTagline')}</span>
        </Link>

        <nav aria-label={t('mainNavigation')} className="hidden md:block">
          <ul className="flex gap-1">{links}</ul>
        </nav>

        <div className="ml-auto flex items-center gap-3">
          <Suspense>
            <LocaleSwitcher />
          </Suspense>
          {account ?? (
            <Link href="/login" className={buttonClasses('primary', 'sm')}>
              {t('signIn')}
            </Link>
          )}
        </div>

        {/* On a phone the menu folds into a disclosure that needs no JavaScript. */}
        <details className="w-full md:hidden">
          <summary className="min-h-11 cursor-pointer list-none rounded px-3 py-2 font-medium text-brand-800">{t('openMenu')}</summary>
          <nav aria-label={t('mainNavigation')}>
            <ul className="flex flex-col">{links}</ul>
          </nav>
        </details>
      </div>
    </header>
  );
}
