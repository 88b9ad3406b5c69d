// What the sign-in pages' client forms translate in the browser (see lib/i18n/client-messages).
// Beside the forms, not in them: a server page cannot read a constant out of a 'use client' module.
// `ui` is for the character count of the register form's name (the other forms have none).

const keys = (namespace: string, ...names: string[]) => names.map((name) => `${namespace}.${name}`);

/** login-form.tsx */
export const LOGIN_FORM_MESSAGES = keys('login', 'email', 'password', 'submit', 'pending');

/** register-form.tsx */
export const REGISTER_FORM_MESSAGES = ['ui', ...keys('register', 'name', 'email', 'password', 'passwordHint', 'language', 'submit', 'pending')];

/** email-only-form.tsx, per use */
export const EMAIL_ONLY_FORM_MESSAGES = {
  forgotPassword: keys('forgotPassword', 'email', 'submit', 'pending'),
  resendVerification: keys('resendVerification', 'email', 'submit', 'pending'),
};

/** token-form.tsx: confirming an address asks nothing more; a reset or an invitation asks for a new password twice. */
export const TOKEN_FORM_MESSAGES = {
  verifyEmail: keys('verifyEmail', 'submit', 'pending'),
  resetPassword: [...keys('resetPassword', 'password', 'confirm', 'submit', 'pending'), 'register.passwordHint'],
  invitation: [...keys('invitation', 'password', 'confirm', 'submit', 'pending'), 'register.passwordHint'],
};
