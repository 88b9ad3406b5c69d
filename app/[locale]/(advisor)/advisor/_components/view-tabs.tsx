'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { Ellipsis, Plus, Star } from 'lucide-react';
import { Link } from '@/i18n/navigation';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { cx } from '@/components/ui/cx';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { Dialog, DialogClose, DialogContent } from '@/components/ui/dialog';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { FormMessage } from '@/components/forms/form-message';
import { IDLE, type ActionResult } from '@/lib/actions/result';
import { deleteViewAction, renameViewAction, saveViewAction, setDefaultViewAction } from '../view-actions';

export interface ViewTab {
  id: string;
  name: string;
  query: string;
  isDefault: boolean;
}

type ViewAction = (previous: ActionResult | null, payload: FormData | Record<string, string>) => Promise<ActionResult>;

/**
 * Runs a view action in a transition: success shows its message as a toast and calls `onSuccess`;
 * a refusal stays in `result` for the form to show inline (or, with `toastErrors`, as a toast).
 * The actions revalidate the triage page, so the tabs re-render with the change.
 */
function useViewAction(action: ViewAction, { onSuccess, toastErrors = false }: { onSuccess?: () => void; toastErrors?: boolean } = {}) {
  const [result, setResult] = useState<ActionResult>(IDLE);
  const [pending, startTransition] = useTransition();
  const run = (payload: FormData | Record<string, string>) =>
    startTransition(async () => {
      const outcome = await action(null, payload);
      if (outcome.status === 'success') {
        setResult(IDLE);
        if (outcome.message) toast.success(outcome.message);
        onSuccess?.();
      } else {
        setResult(outcome);
        if (toastErrors && outcome.message) toast.error(outcome.message);
      }
    });
  const reset = () => setResult(IDLE);
  return { result, pending, run, reset };
}

const tabClass =
  'inline-flex min-h-9 items-center gap-1.5 border-b-2 border-transparent px-3 text-sm font-medium whitespace-nowrap text-slate-700 hover:text-slate-900 aria-[current=page]:border-brand-700 aria-[current=page]:text-slate-900';

/**
 * The user's saved views as tabs above the triage table: links (a view is an address), the one
 * whose query is the current query marked with aria-current. Each view has a menu to rename it,
 * make it the default the page opens with, or delete it; "Save view" stores the current query.
 */
export function ViewTabs({ views, currentQuery }: { views: ViewTab[]; currentQuery: string }) {
  const t = useTranslations('savedViews');
  const [dialog, setDialog] = useState<{ kind: 'rename' | 'delete'; view: ViewTab } | null>(null);
  const active = views.find((view) => view.query === currentQuery);
  // Without a query the page opens the default view; "all members" then needs a query of its own.
  const allHref = views.some((view) => view.isDefault) ? '/advisor?view=all' : '/advisor';
  const allActive = !active && currentQuery === '';

  return (
    <div className="flex min-w-0 items-end gap-2 border-b border-slate-200">
      <nav aria-label={t('navLabel')} className="min-w-0 overflow-x-auto">
        <ul className="flex items-end">
          <li>
            <Link href={allHref} aria-current={allActive ? 'page' : undefined} className={tabClass}>
              {t('allMembers')}
            </Link>
          </li>
          {views.map((view) => (
            <li key={view.id} className="flex items-center">
              <Link
                href={view.query ? `/advisor?${view.query}` : allHref}
                aria-current={active?.id === view.id ? 'page' : undefined}
                className={cx(tabClass, 'pr-1')}
              >
                {view.name}
                {view.isDefault ? (
                  <>
                    <Star aria-hidden="true" className="size-3.5 fill-current text-slate-500" />
                    <span className="sr-only">({t('defaultMarker')})</span>
                  </>
                ) : null}
              </Link>
              <ViewMenu view={view} onRename={() => setDialog({ kind: 'rename', view })} onDelete={() => setDialog({ kind: 'delete', view })} />
            </li>
          ))}
        </ul>
      </nav>
      <SaveViewPopover currentQuery={currentQuery} />
      <Dialog open={dialog !== null} onOpenChange={(open) => (open ? undefined : setDialog(null))}>
        {dialog?.kind === 'rename' ? <RenameDialog key={dialog.view.id} view={dialog.view} onDone={() => setDialog(null)} /> : null}
        {dialog?.kind === 'delete' ? <DeleteDialog key={dialog.view.id} view={dialog.view} onDone={() => setDialog(null)} /> : null}
      </Dialog>
    </div>
  );
}

function ViewMenu({ view, onRename, onDelete }: { view: ViewTab; onRename: () => void; onDelete: () => void }) {
  const t = useTranslations('savedViews');
  const setDefault = useViewAction(setDefaultViewAction, { toastErrors: true });
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t('menuLabel', { name: view.name })}
        className="inline-flex size-7 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      >
        <Ellipsis aria-hidden="true" className="size-4" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        <DropdownMenuItem onSelect={onRename}>{t('rename')}</DropdownMenuItem>
        <DropdownMenuItem disabled={setDefault.pending} onSelect={() => setDefault.run({ viewId: view.isDefault ? '' : view.id })}>
          {view.isDefault ? t('removeDefault') : t('setDefault')}
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={onDelete} className="text-red-800">
          {t('delete')}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** A one-field form for a view's name, with the refusal (empty, too long, taken) under the field. */
function NameForm({
  id,
  action,
  defaultName,
  hidden,
  submitLabel,
}: {
  id: string;
  action: ReturnType<typeof useViewAction>;
  defaultName?: string;
  hidden: Record<string, string>;
  submitLabel: string;
}) {
  const t = useTranslations('savedViews');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    action.run(new FormData(event.currentTarget));
  };
  const fieldError = action.result.fieldErrors?.name;
  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Input id={id} name="name" label={t('nameLabel')} maxChars={60} defaultValue={defaultName} error={fieldError} autoComplete="off" required />
      {action.result.message && !fieldError ? <FormMessage state={action.result} /> : null}
      <div className="flex justify-end gap-2">
        <Button type="submit" size="sm" pending={action.pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function SaveViewPopover({ currentQuery }: { currentQuery: string }) {
  const t = useTranslations('savedViews');
  const [open, setOpen] = useState(false);
  const save = useViewAction(saveViewAction, { onSuccess: () => setOpen(false) });
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) save.reset();
      }}
    >
      <PopoverTrigger className="mb-1 ml-auto inline-flex min-h-8 shrink-0 items-center gap-1 rounded-md px-2 text-sm font-medium text-brand-800 hover:bg-brand-50">
        <Plus aria-hidden="true" className="size-4" />
        {t('saveView')}
      </PopoverTrigger>
      <PopoverContent align="end" aria-label={t('saveView')}>
        <NameForm id="new-view-name" action={save} hidden={{ query: currentQuery }} submitLabel={t('save')} />
      </PopoverContent>
    </Popover>
  );
}

function RenameDialog({ view, onDone }: { view: ViewTab; onDone: () => void }) {
  const t = useTranslations('savedViews');
  const rename = useViewAction(renameViewAction, { onSuccess: onDone });
  return (
    <DialogContent title={t('renameTitle', { name: view.name })} closeLabel={t('close')}>
      <NameForm id="rename-view-name" action={rename} defaultName={view.name} hidden={{ viewId: view.id }} submitLabel={t('save')} />
    </DialogContent>
  );
}

function DeleteDialog({ view, onDone }: { view: ViewTab; onDone: () => void }) {
  const t = useTranslations('savedViews');
  const remove = useViewAction(deleteViewAction, { onSuccess: onDone });
  return (
    <DialogContent title={t('deleteTitle', { name: view.name })} description={t('deleteDescription')} closeLabel={t('close')}>
      <div className="flex flex-col gap-3">
        <FormMessage state={remove.result} />
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary" size="sm">
              {t('cancel')}
            </Button>
          </DialogClose>
          <Button variant="danger" size="sm" pending={remove.pending} onClick={() => remove.run({ viewId: view.id })}>
            {t('delete')}
          </Button>
        </div>
      </div>
    </DialogContent>
  );
}
