import { Menu, X } from 'lucide-react';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { getPathname } from '@/i18n/navigation';
import { NAV_ICONS } from './nav-icons';
import { shownMenu } from './shown-menu';

const MENU_ID = 'visitor-menu';

/**
 * The phone's menu of a visitor who is not signed in: a drawer of the public pages that opens with
 * the browser's own popover (a button's `popovertarget`), so it needs no JavaScript. The visitor's
 * pages (landing, quick scan) are the ones measured on a slow phone, and the signed-in drawer's
 * dialog library would be most of their own script. The popover closes on Esc and on a tap beside it;
 * its links are plain links, so following one loads a new page without the open drawer (a
 * client-side navigation would keep the header, drawer open, as it was).
 */
export async function VisitorMenu() {
  const [t, menu, locale] = await Promise.all([getTranslations('shell'), shownMenu(null, 0), getLocale()]);
  return (
    <>
      <button
        type="button"
        popoverTarget={MENU_ID}
        className="-ml-1 inline-flex size-10 shrink-0 items-center justify-center rounded-md text-slate-800 hover:bg-slate-100"
      >
        <Menu aria-hidden="true" className="size-5" />
        <span className="sr-only">{t('openMenu')}</span>
      </button>
      <div
        id={MENU_ID}
        popover="auto"
        // Hidden unless open: a browser without popovers (Safari before 17) ignores the attribute
        // and would show the drawer over the page for good; there the menu is simply absent.
        className="hidden open:block fixed inset-y-0 right-auto left-0 m-0 h-dvh max-h-none w-72 max-w-[85vw] border-r border-slate-200 bg-white text-slate-900 shadow-xl backdrop:bg-slate-900/30"
      >
        <div className="flex items-center gap-3 border-b border-slate-200 px-4 py-3">
          <p className="min-w-0 flex-1 truncate text-base font-semibold">{t('brand')}</p>
          <button
            type="button"
            popoverTarget={MENU_ID}
            popoverTargetAction="hide"
            className="-m-1 inline-flex size-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
          >
            <X aria-hidden="true" className="size-5" />
            <span className="sr-only">{t('closeMenu')}</span>
          </button>
        </div>
        <nav aria-label={menu.label} className="flex flex-col gap-5 p-4">
          {menu.sections.map((section) => (
            <div key={section.key}>
              <p id={`${MENU_ID}-${section.key}`} className="mb-1 px-2.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {section.label}
              </p>
              <ul aria-labelledby={`${MENU_ID}-${section.key}`} className="flex flex-col gap-0.5">
                {section.items.map((item) => {
                  const Icon = NAV_ICONS[item.icon];
                  return (
                    <li key={item.href}>
                      <a
                        href={getPathname({ href: item.href, locale })}
                        className="flex min-h-9 items-center gap-3 rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                      >
                        <Icon aria-hidden="true" className="size-4.5 shrink-0" />
                        {item.label}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </nav>
      </div>
    </>
  );
}
