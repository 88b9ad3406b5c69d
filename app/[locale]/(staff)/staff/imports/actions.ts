'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from '@/lib/i18n/server';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { idField } from '@/lib/actions/fields';
import { startImportApply, startImportCheck, type StartResult } from '@/lib/member-import/dal/imports';
import { IMPORT_FIELDS, type ColumnMapping } from '@/lib/member-import/columns';
import { currentIp } from '@/lib/server/current-request';
import { scheduleJobs } from '@/lib/server/jobs';
import type { ActionResult } from '@/lib/actions/result';
import type { AppLocale } from '@/i18n/routing';

/** A column index from a select ('' is "do not read"). */
const column = z.union([z.literal(''), z.string().regex(/^\d{1,3}$/)]).default('');

async function outcome(result: StartResult, id: string, locale: AppLocale, success: 'checkStarted' | 'importStarted'): Promise<ActionResult> {
  const t = await getTranslations({ locale, namespace: 'imports' });
  if (!result.ok)
    return {
      status: 'error',
      code: result.problem === 'not_found' ? 'not_found' : result.problem === 'busy' ? 'conflict' : 'invalid',
      message: t(`startError.${result.problem}`),
    };
  scheduleJobs();
  revalidatePath(`/${locale}/staff/imports/${id}`);
  return { status: 'success', code: 'ok', message: t(success) };
}

/** Saves the column mapping and starts the dry run. */
export const checkImportAction = defineAction(
  {
    allow: ['staff'],
    schema: (t) =>
      z.strictObject({ importId: idField(t), ...Object.fromEntries(IMPORT_FIELDS.map((field) => [field, column])) } as {
        importId: ReturnType<typeof idField>;
      } & Record<(typeof IMPORT_FIELDS)[number], typeof column>),
  },
  async (input, { viewer, db, locale }) => {
    const mapping: ColumnMapping = {};
    for (const field of IMPORT_FIELDS) if (input[field] !== '') mapping[field] = Number(input[field]);
    return outcome(await startImportCheck(db, viewer, input.importId, mapping, await currentIp()), input.importId, locale, 'checkStarted');
  },
);

/** Imports the rows the dry run accepted. */
export const applyImportAction = defineAction(
  { allow: ['staff'], schema: (t) => z.strictObject({ importId: idField(t) }) },
  async (input, { viewer, db, locale }) =>
    outcome(await startImportApply(db, viewer, input.importId, await currentIp()), input.importId, locale, 'importStarted'),
);
