'use client';

import { useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Menu } from 'lucide-react';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';

/**
 * The phone's menu: a button in the header that opens the sidebar's links in a drawer from the
 * left. Following a link closes it (the page changes under it, the drawer would stay open).
 */
export function MobileNav({ children }: { children: ReactNode }) {
  const t = useTranslations('shell');
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger className="-ml-1 inline-flex size-10 shrink-0 items-center justify-center rounded-md text-slate-800 hover:bg-slate-100">
        <Menu aria-hidden="true" className="size-5" />
        <span className="sr-only">{open ? t('closeMenu') : t('openMenu')}</span>
      </DialogTrigger>
      <DialogContent side="left" title={t('brand')} closeLabel={t('closeMenu')}>
        <div
          onClick={(event) => {
            if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
          }}
        >
          {children}
        </div>
      </DialogContent>
    </Dialog>
  );
}
