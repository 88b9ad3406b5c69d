'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { z } from 'zod';
import { signOut } from '@/lib/auth/auth';
import { defineAction } from '@/lib/actions/define-action';
import { requiredText, versionField, wholeNumberField } from '@/lib/actions/fields';
import { conflictDiff } from '@/lib/actions/conflict';
import { echoValues } from '@/lib/actions/form-data';
import type { ActionResult } from '@/lib/actions/result';
import { saveOwnChannels, saveOwnProfile, naceCodeExists, type ProfileField, type ProfileValues } from '@/lib/dal/business-profile';
import { closeOwnAccount } from '@/lib/dal/member-data';
import { activeNaceVersion } from '@/lib/dal/nace';
import { CHANNEL_STATUSES, CHANNELS, EMPLOYEE_BANDS, NEEDS, type Channel } from '@/lib/domain/channels';
import { parseEnterpriseNumber } from '@/lib/domain/enterprise-number';
import { localitiesForPostcode } from '@/lib/reference/postcodes';

const multi = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(item));

export const saveProfileAction = defineAction(
  {
    allow: ['member'],
    schema: (t) => {
      return z
        .strictObject({
          // Empty while the member has no business yet.
          version: z.preprocess((v) => (v === '' || v === undefined ? null : v), versionField(t, 0).nullable()),
          name: requiredText(t, 160),
          enterpriseNumber: z
            .string({ error: t('required') })
            .max(40, { error: t('tooLong', { max: 40 }) })
            .transform((value, ctx) => {
              const parsed = parseEnterpriseNumber(value);
              if (parsed.ok) return parsed.value;
              ctx.addIssue({ code: 'custom', message: t(`enterpriseNumber.${parsed.reason}`) });
              return z.NEVER;
            }),
          naceCode: z
            .string({ error: t('naceRequired') })
            .trim()
            .regex(/^\d{2}(\.\d{1,3})?$/, { error: t('naceRequired') }),
          postcode: z
            .string({ error: t('required') })
            .trim()
            .regex(/^\d{4}$/, { error: t('postcodeFormat') })
            .refine((postcode) => localitiesForPostcode(postcode).length > 0, { error: t('postcodeUnknown') }),
          locality: requiredText(t, 100),
          employeesBand: z.enum(EMPLOYEE_BANDS, { error: t('choice') }),
          revenueChangePct: wholeNumberField({ range: t('percentRange'), whole: t('percentWhole') }, -100, 1000, { optional: true }),
          needs: multi(z.enum(NEEDS, { error: t('choice') })),
          contactConsent: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
        })
        .superRefine((value, ctx) => {
          const localities = localitiesForPostcode(value.postcode).map((l) => l.locality);
          if (localities.length > 0 && !localities.includes(value.locality)) ctx.addIssue({ code: 'custom', path: ['locality'], message: t('localityChoice') });
        });
    },
  },
  async (input, { viewer, db, locale, t }): Promise<ActionResult> => {
    const naceVersion = await activeNaceVersion(db);
    const values = echoValues({
      ...input,
      revenueChangePct: input.revenueChangePct === null ? '' : String(input.revenueChangePct),
      contactConsent: input.contactConsent ? 'on' : '',
      version: String(input.version ?? ''),
    });
    if (!(await naceCodeExists(db, input.naceCode, naceVersion))) {
      return { status: 'error', code: 'invalid', message: t('fixFields'), fieldErrors: { naceCode: t('naceUnknown') }, values };
    }
    const tProfile = await getTranslations({ locale, namespace: 'profile' });
    const result = await saveOwnProfile(db, viewer, { ...input, naceVersion, consentWording: tProfile('consentText') }, input.version);
    if (result.ok) redirect(`/${locale}/member?saved=profile`);
    if (result.problem === 'enterprise_number_taken') {
      return { status: 'error', code: 'conflict', message: t('fixFields'), fieldErrors: { enterpriseNumber: t('enterpriseNumber.taken') }, values };
    }
    const display = (field: ProfileField, value: ProfileValues[ProfileField]) =>
      Array.isArray(value)
        ? value.join(', ') || '—'
        : typeof value === 'boolean'
          ? value
            ? tProfile('yes')
            : tProfile('no')
          : value === null || value === ''
            ? '—'
            : String(value);
    const submitted = input as unknown as ProfileValues;
    return {
      status: 'error',
      code: 'conflict',
      message: tProfile('conflict'),
      values: { ...values, version: String(result.current.version) },
      conflict: {
        version: result.current.version,
        changes: conflictDiff(result.changed, {
          label: (field) => tProfile(`fields.${field}`),
          stored: (field) => display(field, result.current[field]),
          yours: (field) => display(field, submitted[field]),
        }),
      },
    };
  },
);

export const saveChannelsAction = defineAction(
  {
    allow: ['member'],
    schema: (t) =>
      z.strictObject({
        version: versionField(t, 0),
        ...(Object.fromEntries(CHANNELS.map((c) => [c, z.enum(CHANNEL_STATUSES, { error: t('choice') })])) as Record<
          Channel,
          z.ZodEnum<{ [K in (typeof CHANNEL_STATUSES)[number]]: K }>
        >),
      }),
  },
  async (input, { viewer, db, locale }) => {
    const { version, ...statuses } = input;
    const result = await saveOwnChannels(db, viewer, statuses as Record<Channel, (typeof CHANNEL_STATUSES)[number]>, version);
    if (result.ok) redirect(`/${locale}/member?saved=channels`);
    const t = await getTranslations({ locale, namespace: 'channelsForm' });
    if (result.problem === 'no_business') return { status: 'error', code: 'not_found', message: t('noBusiness') };
    const [tChannels, tStatus] = await Promise.all([
      getTranslations({ locale, namespace: 'channels' }),
      getTranslations({ locale, namespace: 'channelStatus' }),
    ]);
    const current = result.current;
    const changes = conflictDiff(CHANNELS, { label: (c) => tChannels(c), stored: (c) => tStatus(current[c] ?? 'unaware'), yours: (c) => tStatus(statuses[c]) });
    return {
      status: 'error',
      code: 'conflict',
      message: t('conflict'),
      values: { ...(statuses as Record<string, string>), version: String(result.version) },
      conflict: { version: result.version, changes },
    };
  },
);

export const closeAccountAction = defineAction(
  { allow: ['member'], schema: (t) => z.strictObject({ confirm: z.literal('on', { error: t('confirmClose') }) }) },
  async (_input, { viewer, db, locale }) => {
    await closeOwnAccount(db, viewer);
    await signOut({ redirect: false });
    redirect(`/${locale}?closed=1`);
  },
);
