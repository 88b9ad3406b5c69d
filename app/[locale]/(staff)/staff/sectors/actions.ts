'use server';

import { getTranslations } from '@/lib/i18n/server';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { replaceNaceCatalogue } from '@/lib/dal/nace-catalogue';
import { NaceFileError, parseNaceFile } from '@/lib/nace/import';

export const uploadNaceCatalogueAction = defineAction(
  {
    allow: ['staff'],
    schema: (t) =>
      z.strictObject({
        version: z.enum(['2008', '2025'], { error: t('choice') }),
        file: z.instanceof(File, { error: t('required') }).refine((file) => file.size > 0, { error: t('required') }),
      }),
  },
  async (input, { viewer, db, locale }) => {
    const t = await getTranslations({ locale, namespace: 'naceCatalogue' });
    let parsed;
    try {
      parsed = await parseNaceFile(input.file.name, new Uint8Array(await input.file.arrayBuffer()));
    } catch (error) {
      if (error instanceof NaceFileError)
        return { status: 'error', code: 'invalid', message: t(`fileError.${error.kind}`), fieldErrors: { file: t(`fileError.${error.kind}`) } };
      throw error;
    }
    await replaceNaceCatalogue(db, viewer, input.version, parsed.entries, parsed.problems.length);
    const problems = parsed.problems.slice(0, 20).map((p) => t(`problem.${p.kind}`, { row: p.row, code: p.code ?? '' }));
    const message = [
      t('loaded', { count: parsed.entries.length, version: input.version }),
      ...(parsed.problems.length ? [t('skipped', { count: parsed.problems.length }), ...problems] : []),
    ].join('\n');
    return { status: 'success', code: 'ok', message };
  },
);
