import { ChevronDown, UserCog } from 'lucide-react';
import { getTranslations } from '@/lib/i18n/server';
import type { Role } from '@/lib/navigation/menu';
import { Link } from '@/i18n/navigation';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { SignOutMenuItem } from './sign-out-button';

/** Who is signed in, behind one button: their name and role, a link to their account, sign out. */
export async function AccountMenu({ viewer }: { viewer: { name: string; role: Role } }) {
  const [t, tRoles] = await Promise.all([getTranslations('shell'), getTranslations('roles')]);
  const initial = viewer.name.trim().charAt(0).toUpperCase() || '?';
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger className="inline-flex min-h-10 max-w-56 items-center gap-2 rounded-md px-1.5 text-sm hover:bg-slate-100 data-[state=open]:bg-slate-100">
        <span aria-hidden="true" className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-semibold text-white">
          {initial}
        </span>
        <span className="hidden min-w-0 truncate font-medium lg:inline" aria-hidden="true">
          {viewer.name}
        </span>
        <span className="sr-only">{t('frame.accountMenu', { name: viewer.name })}</span>
        <ChevronDown aria-hidden="true" className="hidden size-4 shrink-0 text-slate-500 lg:inline" />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel className="text-sm text-slate-900">
          <span className="block font-semibold">{viewer.name}</span>
          <span className="block font-normal text-slate-600">{tRoles(viewer.role)}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">
            <UserCog aria-hidden="true" className="size-4" />
            {t('account')}
          </Link>
        </DropdownMenuItem>
        <SignOutMenuItem />
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
