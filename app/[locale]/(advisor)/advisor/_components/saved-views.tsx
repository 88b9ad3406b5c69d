'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { deleteViewAction, saveViewAction } from '../view-actions';
import { Section } from '@/components/ui/section';

export interface SavedView {
  id: string;
  name: string;
  query: string;
}

/** The user's saved views as links, a delete button each, and a form to save the current view. */
export function SavedViews({ views, currentQuery }: { views: SavedView[]; currentQuery: string }) {
  const t = useTranslations('triage');
  const save = useFormAction(saveViewAction);
  const remove = useFormAction(deleteViewAction);
  return (
    <Section
      id="saved-views-title"
      title={t('savedViews')}
      headingClassName="font-semibold"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      {views.length === 0 ? (
        <p className="text-sm text-slate-700">{t('noSavedViews')}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {views.map((view) => (
            <li key={view.id} className="flex items-center gap-1 rounded-full border border-slate-300 pl-3">
              <Link href={`/advisor${view.query ? `?${view.query}` : ''}`} className="text-sm text-brand-800 underline underline-offset-2">
                {view.name}
              </Link>
              <form action={remove.formAction}>
                <input type="hidden" name="viewId" value={view.id} />
                <button
                  type="submit"
                  aria-label={t('deleteView', { name: view.name })}
                  className="min-h-9 min-w-9 rounded-full text-slate-700 hover:bg-slate-100"
                >
                  <span aria-hidden="true">×</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form action={save.formAction} className="flex flex-wrap items-end gap-2" key={save.state.message ?? 'save'}>
        <input type="hidden" name="query" value={currentQuery} />
        <div className="min-w-56 flex-1">
          <Input id="view-name" name="name" label={t('saveViewName')} maxChars={60} error={save.error('name')} />
        </div>
        <Button type="submit" variant="secondary" pending={save.pending}>
          {t('saveView')}
        </Button>
      </form>
      <FormMessage state={save.state} />
    </Section>
  );
}
