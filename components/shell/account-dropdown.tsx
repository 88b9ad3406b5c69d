'use client';

import { ChevronDown, LogOut, UserCog } from 'lucide-react';
import { Link } from '@/i18n/navigation';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { useFormAction } from '@/components/forms/use-form-action';
import { signOutAction } from '@/app/[locale]/(auth)/actions';

export interface AccountDropdownProps {
  name: string;
  /** The viewer's role, in their language. */
  roleLabel: string;
  /** The trigger's accessible name ("Account menu of …"). */
  menuLabel: string;
  accountLabel: string;
  signOutLabel: string;
}

/** Who is signed in, behind one button: their name and role, a link to their account, sign out. */
export function AccountDropdown({ name, roleLabel, menuLabel, accountLabel, signOutLabel }: AccountDropdownProps) {
  const initial = name.trim().charAt(0).toUpperCase() || '?';
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger className="inline-flex min-h-10 max-w-56 items-center gap-2 rounded-md px-1.5 text-sm hover:bg-slate-100 data-[state=open]:bg-slate-100">
        <span aria-hidden="true" className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-semibold text-white">
          {initial}
        </span>
        <span className="hidden min-w-0 truncate font-medium lg:inline" aria-hidden="true">
          {name}
        </span>
        <span className="sr-only">{menuLabel}</span>
        <ChevronDown aria-hidden="true" className="hidden size-4 shrink-0 text-slate-500 lg:inline" />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel className="text-sm text-slate-900">
          <span className="block font-semibold">{name}</span>
          <span className="block font-normal text-slate-600">{roleLabel}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">
            <UserCog aria-hidden="true" className="size-4" />
            {accountLabel}
          </Link>
        </DropdownMenuItem>
        <SignOutMenuItem label={signOutLabel} />
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** The menu's last item. It keeps the menu open while signing out, so the form stays mounted until the redirect. */
function SignOutMenuItem({ label }: { label: string }) {
  const { formAction, pending } = useFormAction(signOutAction);
  return (
    <form action={formAction}>
      <DropdownMenuItem asChild disabled={pending} onSelect={(event) => event.preventDefault()}>
        <button type="submit" className="w-full text-left">
          <LogOut aria-hidden="true" className="size-4" />
          {label}
        </button>
      </DropdownMenuItem>
    </form>
  );
}
