'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getTranslations } from '@/lib/i18n/server';
import { defineAction } from '@/lib/actions/define-action';
import { idField, requiredText } from '@/lib/actions/fields';
import type { ActionResult } from '@/lib/actions/result';
import type { AppLocale } from '@/i18n/routing';
import { createView, deleteView, renameView, setDefaultView, type ViewProblem } from '@/lib/dal/saved-views';
import { saveTriageTablePreferences } from '@/lib/dal/preferences';
import { tablePreferencesSchema } from '@/lib/triage/table-preferences-schema';
import { currentIp } from '@/lib/server/current-request';

// The triage page's saved views (tabs above the table) and the viewer's table settings.

const NAME_MAX = 60;

async function refused(problem: ViewProblem, locale: AppLocale, name?: string): Promise<ActionResult> {
  const t = await getTranslations({ locale, namespace: 'savedViews' });
  if (problem === 'name_taken') {
    const message = t('nameTaken', { name: name ?? '' });
    return { status: 'error', code: 'invalid', message, fieldErrors: { name: message }, values: { name: name ?? '' } };
  }
  const tValidation = await getTranslations({ locale, namespace: 'validation' });
  return { status: 'error', code: 'not_found', message: tValidation('not_found') };
}

/** Saves the current query as a new view; a name the viewer already uses is refused. */
export const saveViewAction = defineAction(
  { allow: ['advisor', 'staff'], schema: (t) => z.strictObject({ name: requiredText(t, NAME_MAX), query: z.string().max(2000) }) },
  async (input, { viewer, db, locale }) => {
    const result = await createView(db, viewer, input.name, input.query, await currentIp());
    if (!result.ok) return refused(result.problem, locale, input.name);
    revalidatePath(`/${locale}/advisor`);
    const t = await getTranslations({ locale, namespace: 'savedViews' });
    return { status: 'success', code: 'ok', message: t('created', { name: result.view.name }) };
  },
);

export const renameViewAction = defineAction(
  { allow: ['advisor', 'staff'], schema: (t) => z.strictObject({ viewId: idField(t), name: requiredText(t, NAME_MAX) }) },
  async (input, { viewer, db, locale }) => {
    const result = await renameView(db, viewer, input.viewId, input.name, await currentIp());
    if (!result.ok) return refused(result.problem, locale, input.name);
    revalidatePath(`/${locale}/advisor`);
    const t = await getTranslations({ locale, namespace: 'savedViews' });
    return { status: 'success', code: 'ok', message: t('renamed', { name: result.view.name }) };
  },
);

/** Makes a view the one the triage page opens with; an empty `viewId` leaves the viewer without a default. */
export const setDefaultViewAction = defineAction(
  { allow: ['advisor', 'staff'], schema: (t) => z.strictObject({ viewId: z.union([z.literal(''), idField(t)]) }) },
  async (input, { viewer, db, locale }) => {
    const result = await setDefaultView(db, viewer, input.viewId || null, await currentIp());
    if (!result.ok) return refused(result.problem, locale);
    revalidatePath(`/${locale}/advisor`);
    const t = await getTranslations({ locale, namespace: 'savedViews' });
    return { status: 'success', code: 'ok', message: result.view ? t('defaultSet', { name: result.view.name }) : t('defaultCleared') };
  },
);

export const deleteViewAction = defineAction(
  { allow: ['advisor', 'staff'], schema: (t) => z.strictObject({ viewId: idField(t) }) },
  async (input, { viewer, db, locale, t }) => {
    const name = await deleteView(db, viewer, input.viewId, await currentIp());
    if (name === null) return { status: 'error', code: 'not_found', message: t('not_found') };
    revalidatePath(`/${locale}/advisor`);
    const tViews = await getTranslations({ locale, namespace: 'savedViews' });
    return { status: 'success', code: 'ok', message: tViews('deleted', { name }) };
  },
);

/** The viewer's triage table columns and density. No page to refresh: the table already shows them. */
export const saveTablePreferencesAction = defineAction(
  { allow: ['advisor', 'staff'], schema: (t) => tablePreferencesSchema(t('formOutdated')) },
  async (input, { viewer, db }) => {
    await saveTriageTablePreferences(db, viewer, input);
    return { status: 'success', code: 'ok' };
  },
);
