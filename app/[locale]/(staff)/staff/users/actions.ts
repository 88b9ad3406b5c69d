'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { z } from 'zod';
import { checkbox } from '@/lib/actions/fields';
import { defineAction } from '@/lib/actions/define-action';
import { emailField, idField, localeField, provincesField, requiredText } from '@/lib/actions/fields';
import { createInvitation } from '@/lib/dal/accounts';
import { updateUser } from '@/lib/dal/users';
import { mailContext, scheduleMailDelivery } from '@/lib/server/mail';
import { currentIp } from '@/lib/server/current-request';
import type { Province } from '@/lib/domain/provinces';

function requireRegionsForAdvisors(t: (key: 'regionsRequired') => string) {
  return (value: { role: string; regions: Province[] }, ctx: z.RefinementCtx) => {
    if (value.role === 'advisor' && value.regions.length === 0) ctx.addIssue({ code: 'custom', path: ['regions'], message: t('regionsRequired') });
  };
}

export const inviteUserAction = defineAction(
  {
    allow: ['staff'],
    schema: (t) =>
      z
        .strictObject({
          name: requiredText(t, 120),
          email: emailField(t),
          role: z.enum(['advisor', 'staff'], { error: t('choice') }),
          regions: provincesField(t),
          language: localeField(t),
        })
        .superRefine(requireRegionsForAdvisors(t)),
  },
  async (input, { viewer, db, locale, t }) => {
    const result = await createInvitation(
      db,
      viewer,
      { name: input.name, email: input.email, role: input.role, regions: input.regions, locale: input.language },
      await mailContext(),
    );
    if (!result.ok)
      return {
        status: 'error',
        code: 'conflict',
        message: t('fixFields'),
        fieldErrors: { email: t('emailTaken') },
        values: { name: input.name, email: input.email },
      };
    scheduleMailDelivery();
    const tUsers = await getTranslations({ locale, namespace: 'staffUsers' });
    return { status: 'success', code: 'ok', message: tUsers('inviteSent', { email: input.email }) };
  },
);

export const updateUserAction = defineAction(
  {
    allow: ['staff'],
    schema: (t) =>
      z
        .strictObject({
          userId: idField(t),
          role: z.enum(['member', 'advisor', 'staff'], { error: t('choice') }),
          status: z.enum(['active', 'deactivated'], { error: t('choice') }),
          regions: provincesField(t),
          canExport: checkbox,
        })
        .superRefine(requireRegionsForAdvisors(t)),
  },
  async (input, { viewer, db, locale, t }) => {
    const result = await updateUser(
      db,
      viewer,
      input.userId,
      { role: input.role, status: input.status, regions: input.regions, canExport: input.canExport },
      await currentIp(),
    );
    if (!result.ok) {
      const messages = {
        not_found: t('not_found'),
        self_demotion: t('selfDemotion'),
        self_deactivation: t('selfDeactivation'),
        pending: t('pendingUser'),
      } as const;
      return { status: 'error', code: result.problem === 'not_found' ? 'not_found' : 'invalid', message: messages[result.problem] };
    }
    redirect(`/${locale}/staff/users?saved=1`);
  },
);
