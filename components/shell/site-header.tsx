import { getTranslations } from '@/lib/i18n/server';
import { Link } from '@/i18n/navigation';
import { menuFor } from '@/lib/navigation/menu';
import { buttonClasses } from '@/components/ui/button';
import { Brand } from './brand';
import { LocaleSwitcher } from './locale-switcher';
import { VisitorMenu } from './visitor-menu';

/** The header of a visitor who is not signed in: the public pages, the language switch and "sign in", in one row. */
export async function SiteHeader() {
  const [t, tNav] = await Promise.all([getTranslations('shell'), getTranslations('nav')]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-3 sm:gap-6 sm:px-4">
        <div className="md:hidden">
          <VisitorMenu />
        </div>
        <Brand tagline markOnPhone />
        <nav aria-label={t('mainNavigation')} className="hidden md:block">
          <ul className="flex gap-1">
            {menuFor(null).map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="block rounded px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-800 hover:bg-brand-50 hover:text-brand-900"
                >
                  {tNav(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-3">
          <LocaleSwitcher />
          <Link href="/login" className={buttonClasses('primary', 'sm')}>
            {t('signIn')}
          </Link>
        </div>
      </div>
    </header>
  );
}
