'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getTranslations } from '@/lib/i18n/server';
import { definePublicAction } from '@/lib/actions/define-action';
import { idField, wholeNumberField } from '@/lib/actions/fields';
import { authSecret } from '@/lib/config/env';
import { activeNaceVersion } from '@/lib/dal/nace';
import { naceCodeExists } from '@/lib/dal/business-profile';
import { addressHash, createQuickScan } from '@/lib/dal/quick-scan';
import { CHANNEL_STATUSES, CHANNELS, EMPLOYEE_BANDS, type Channel, type ChannelStatus } from '@/lib/domain/channels';
import { keepClaimToken } from '@/lib/quick-scan/claim-cookie';
import { currentIp } from '@/lib/server/current-request';
import { echoValues } from '@/lib/actions/form-data';

/**
 * The quick scan, sent by anyone: no account and no personal data. The scan is kept for a week
 * under a claim token that goes to the visitor's browser, then the result page shows it.
 */
export const submitQuickScanAction = definePublicAction(
  {
    schema: (t) =>
      z.strictObject({
        submissionKey: idField(t),
        naceCode: z
          .string({ error: t('naceRequired') })
          .trim()
          .regex(/^\d{2}(\.\d{1,3})?$/, { error: t('naceRequired') }),
        employeesBand: z.enum(EMPLOYEE_BANDS, { error: t('choice') }),
        revenueChangePct: wholeNumberField({ range: t('percentRange'), whole: t('percentWhole') }, -100, 1000, { optional: true }),
        ...(Object.fromEntries(CHANNELS.map((c) => [c, z.enum(CHANNEL_STATUSES, { error: t('choice') })])) as Record<
          Channel,
          z.ZodEnum<{ [K in ChannelStatus]: K }>
        >),
      }),
  },
  async (input, { db, locale, t }) => {
    const { submissionKey, naceCode, employeesBand, revenueChangePct, ...statuses } = input;
    const naceVersion = await activeNaceVersion(db);
    if (!(await naceCodeExists(db, naceCode, naceVersion))) {
      return {
        status: 'error',
        code: 'invalid',
        message: t('fixFields'),
        fieldErrors: { naceCode: t('naceUnknown') },
        values: echoValues({ ...input, revenueChangePct: String(revenueChangePct ?? '') }),
      };
    }
    const ipHash = addressHash(await currentIp(), authSecret() ?? '');
    const result = await createQuickScan(
      db,
      { submissionKey, naceCode, naceVersion, employeesBand, revenueChangePct, statuses: statuses as Record<Channel, ChannelStatus> },
      ipHash,
    );
    if (!result.ok && result.problem === 'rate_limited') {
      const tScan = await getTranslations({ locale, namespace: 'quickScan' });
      return { status: 'error', code: 'rate_limited', message: tScan('rateLimited') };
    }
    // Sent twice: the first answer already gave this browser its token; show the result it kept.
    if (result.ok) await keepClaimToken(result.token);
    redirect(`/${locale}/scan/result`);
  },
);
