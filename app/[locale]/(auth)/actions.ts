'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { z } from 'zod';
import { signIn, signOut } from '@/lib/auth/auth';
import { definePublicAction } from '@/lib/actions/define-action';
import { emailField, localeField, newPasswordField, requiredText, tokenField } from '@/lib/actions/fields';
import { registerMember, requestPasswordReset, resendVerification, setPasswordWithToken, type TokenProblem } from '@/lib/dal/accounts';
import { mailContext, scheduleMailDelivery } from '@/lib/server/mail';
import { claimToken, forgetClaimToken } from '@/lib/quick-scan/claim-cookie';
import { safeCallbackUrl } from '@/lib/navigation/callback-url';
import type { SignInFailure } from '@/lib/auth/authenticate';

const SIGN_IN_FAILURES: readonly SignInFailure[] = ['invalid', 'rate_limited', 'not_verified', 'deactivated', 'demo_disabled'];

export const signInAction = definePublicAction(
  {
    schema: () =>
      z.strictObject({
        email: z.string().max(400).default(''),
        password: z.string().max(1100).default(''),
        callbackUrl: z.string().max(2000).optional(),
      }),
  },
  async (input, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'login' });
    try {
      await signIn('credentials', { email: input.email, password: input.password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const code = error instanceof CredentialsSignin ? (error.code as SignInFailure) : 'invalid';
      const reason = SIGN_IN_FAILURES.includes(code) ? code : 'invalid';
      return { status: 'error', code: reason === 'rate_limited' ? 'rate_limited' : 'invalid', message: t(`errors.${reason}`), values: { email: input.email } };
    }
    redirect(safeCallbackUrl(input.callbackUrl, locale) ?? `/${locale}/dashboard`);
  },
);

export const signOutAction = definePublicAction({ schema: () => z.strictObject({}) }, async (_input, { locale }) => {
  await signOut({ redirectTo: `/${locale}` });
  return { status: 'success', code: 'ok' };
});

export const registerAction = definePublicAction(
  {
    schema: (t) =>
      z.strictObject({
        name: requiredText(t, 120),
        email: emailField(t),
        password: newPasswordField(t),
        language: localeField(t),
      }),
  },
  async (input, { locale, db }) => {
    const context = await mailContext();
    // A quick scan taken in this browser comes along; why one cannot (too old, already saved) is told here.
    const scanToken = await claimToken();
    const { scan } = await registerMember(db, { name: input.name, email: input.email, password: input.password, locale: input.language }, context, scanToken);
    if (scanToken) await forgetClaimToken();
    scheduleMailDelivery();
    const [t, tScan] = await Promise.all([getTranslations({ locale, namespace: 'register' }), getTranslations({ locale, namespace: 'quickScan' })]);
    // What registerMember says of the scan, not a check made before it: another registration may have taken it meanwhile.
    const message = [t('done', { email: input.email }), scan === null ? null : scan === 'carried' ? tScan('carried') : tScan(`claimProblem.${scan}`)];
    return { status: 'success', code: 'ok', message: message.filter(Boolean).join(' ') };
  },
);

const TOKEN_PROBLEMS: readonly TokenProblem[] = ['invalid', 'used', 'expired'];

/** Confirming the address signs the member in: the first visit starts at once. */
export const verifyEmailAction = definePublicAction({ schema: () => z.strictObject({ token: tokenField }) }, async (input, { locale }) => {
  try {
    await signIn('email-link', { token: input.token, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? (error.code as TokenProblem) : 'invalid';
    const t = await getTranslations({ locale, namespace: 'tokens' });
    return { status: 'error', code: 'invalid', message: t(TOKEN_PROBLEMS.includes(code) ? code : 'invalid') };
  }
  redirect(`/${locale}/dashboard`);
});

export const forgotPasswordAction = definePublicAction({ schema: (t) => z.strictObject({ email: emailField(t) }) }, async (input, { locale, db }) => {
  await requestPasswordReset(db, input.email, locale, await mailContext());
  scheduleMailDelivery();
  const t = await getTranslations({ locale, namespace: 'forgotPassword' });
  return { status: 'success', code: 'ok', message: t('done', { email: input.email }) };
});

export const resendVerificationAction = definePublicAction({ schema: (t) => z.strictObject({ email: emailField(t) }) }, async (input, { locale, db }) => {
  await resendVerification(db, input.email, locale, await mailContext());
  scheduleMailDelivery();
  const t = await getTranslations({ locale, namespace: 'resendVerification' });
  return { status: 'success', code: 'ok', message: t('done', { email: input.email }) };
});

function newPasswordForm(t: Parameters<typeof newPasswordField>[0] & ((key: 'passwordMismatch') => string)) {
  return z
    .strictObject({ token: tokenField, password: newPasswordField(t), confirm: z.string().max(1100) })
    .refine((value) => value.password === value.confirm, { path: ['confirm'], error: t('passwordMismatch') });
}

async function setPassword(
  db: Parameters<typeof setPasswordWithToken>[0],
  kind: 'reset_password' | 'invitation',
  token: string,
  password: string,
  locale: string,
) {
  const result = await setPasswordWithToken(db, kind, token, password);
  if (!result.ok) {
    const t = await getTranslations({ locale: locale as 'nl', namespace: 'tokens' });
    return { status: 'error' as const, code: 'invalid' as const, message: t(result.problem) };
  }
  redirect(`/${locale}/login?${kind === 'invitation' ? 'welcome' : 'reset'}=1`);
}

export const resetPasswordAction = definePublicAction({ schema: newPasswordForm }, (input, { db, locale }) =>
  setPassword(db, 'reset_password', input.token, input.password, locale),
);

export const acceptInvitationAction = definePublicAction({ schema: newPasswordForm }, (input, { db, locale }) =>
  setPassword(db, 'invitation', input.token, input.password, locale),
);
