'use client';

import { useRef, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { ChevronLeft, ChevronRight, Settings2 } from 'lucide-react';
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { DEFAULT_TABLE_PREFERENCES, DENSITIES, moveColumn, setColumnVisible, type Density, type TablePreferences } from '@/lib/triage/table-preferences';
import { saveTablePreferencesAction } from '../view-actions';

const sameSettings = (a: TablePreferences, b: TablePreferences) => JSON.stringify(a) === JSON.stringify(b);

/** Keeps the menu open while toggling: these items change settings, they are not commands. */
const stayOpen = (event: Event) => event.preventDefault();

/**
 * The triage table's settings: which columns show, their order (move left / right) and the row
 * density. Every change goes to the table at once through `onChange`; the settings are stored
 * for the user when the menu closes, so a series of toggles is one save.
 */
export function TableSettingsMenu({ preferences, onChange }: { preferences: TablePreferences; onChange: (preferences: TablePreferences) => void }) {
  const t = useTranslations('tableSettings');
  const tColumns = useTranslations('triage.columns');
  const [, startTransition] = useTransition();
  // What the settings were when the menu opened (closing without a change saves nothing), and
  // the latest change: an item that closes the menu (reset) changes them in the same event, before
  // the table re-renders this menu with them.
  const openedWith = useRef(preferences);
  const latest = useRef(preferences);
  const change = (next: TablePreferences) => {
    latest.current = next;
    onChange(next);
  };

  const persist = () => {
    const settings = latest.current;
    if (sameSettings(settings, openedWith.current)) return;
    startTransition(async () => {
      const result = await saveTablePreferencesAction(null, { hidden: settings.hidden, order: settings.order, density: settings.density });
      if (result.status !== 'success') toast.error(t('saveFailed'));
    });
  };

  const last = preferences.order.length - 1;
  return (
    <DropdownMenu
      onOpenChange={(open) => {
        if (!open) return persist();
        openedWith.current = preferences;
        latest.current = preferences;
      }}
    >
      <DropdownMenuTrigger className="inline-flex min-h-9 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-100">
        <Settings2 aria-hidden="true" className="size-4" />
        {t('menu')}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-h-[var(--radix-dropdown-menu-content-available-height)] w-72 overflow-y-auto">
        <DropdownMenuLabel>{t('columns')}</DropdownMenuLabel>
        {preferences.order.map((id, index) => {
          const label = tColumns(id);
          return (
            <div key={id} className="flex items-center">
              <DropdownMenuCheckboxItem
                className="min-h-8 flex-1 py-1"
                checked={!preferences.hidden.includes(id)}
                onCheckedChange={(checked) => change(setColumnVisible(preferences, id, checked === true))}
                onSelect={stayOpen}
              >
                {label}
              </DropdownMenuCheckboxItem>
              <DropdownMenuItem
                aria-label={t('moveLeft', { column: label })}
                disabled={index === 0}
                onSelect={(event) => {
                  stayOpen(event);
                  change(moveColumn(preferences, id, -1));
                }}
                className="min-h-8 px-1.5 py-1"
              >
                <ChevronLeft aria-hidden="true" className="size-4" />
              </DropdownMenuItem>
              <DropdownMenuItem
                aria-label={t('moveRight', { column: label })}
                disabled={index === last}
                onSelect={(event) => {
                  stayOpen(event);
                  change(moveColumn(preferences, id, 1));
                }}
                className="min-h-8 px-1.5 py-1"
              >
                <ChevronRight aria-hidden="true" className="size-4" />
              </DropdownMenuItem>
            </div>
          );
        })}
        <DropdownMenuSeparator />
        <DropdownMenuLabel>{t('density')}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={preferences.density} onValueChange={(value) => change({ ...preferences, density: value as Density })}>
          {DENSITIES.map((density) => (
            <DropdownMenuRadioItem key={density} value={density} onSelect={stayOpen}>
              {t(density)}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => change(DEFAULT_TABLE_PREFERENCES)}>{t('reset')}</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
