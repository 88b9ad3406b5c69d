import { describe, expect, it } from 'vitest';
import { passwordProblem } from '@/lib/auth/password-policy';
import { safeCallbackUrl } from '@/lib/navigation/callback-url';
import { formToObject } from '@/lib/actions/form-data';

describe('password policy', () => {
  it.each([
    ['short1', 'too_short'],
    ['password', 'too_common'],
    ['password123', 'too_common'],
    ['azerty123', 'too_common'],
    ['Welkom2024!', 'too_common'],
    ['wachtwoord', 'too_common'],
    ['aaaaaaaaaaaa', 'too_common'],
    ['12345678', 'too_common'],
    ['x'.repeat(257), 'too_long'],
  ])('refuses %s (%s)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each(['een lange zin als wachtwoord', 'Frietjes-met-stoofvlees-7', 'ça marche très bien, merci', 'a'.repeat(60) + 'b'.repeat(60)])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );

  it('refuses a password built on the e-mail address', () => {
    expect(passwordProblem('janssens-2026', 'janssens@example.be')).toBe('too_common');
  });
});

describe('callback after sign-in', () => {
  it.each([
    ['/nl/advisor', '/nl/advisor'],
    ['/nl/advisor?q=hasselt', '/nl/advisor?q=hasselt'],
    ['/nl', '/nl'],
  ])('keeps the local path %s', (input, expected) => {
    expect(safeCallbackUrl(input, 'nl')).toBe(expected);
  });

  it.each(['https://evil.example/nl/advisor', '//evil.example/nl', '/fr/advisor', '/nl/\\evil', '/nl/login?callbackUrl=x', undefined])(
    'ignores %s',
    (input) => {
      expect(safeCallbackUrl(input, 'nl')).toBeNull();
    },
  );
});

describe('formToObject', () => {
  it('drops Next.js action keys and turns repeated keys into arrays', () => {
    const form = new FormData();
    form.append('$ACTION_ID_abc', '');
    form.append('name', 'Tom');
    form.append('regions', 'BE-VLI');
    form.append('regions', 'BE-VAN');
    expect(formToObject(form)).toEqual({ name: 'Tom', regions: ['BE-VLI', 'BE-VAN'] });
    const upload = new FormData();
    upload.append('file', new File(['a;b'], 'list.csv'));
    expect(formToObject(upload)?.file).toBeInstanceOf(File);
  });

  it('passes plain objects through, and refuses anything else (null; see form-input.test.ts)', () => {
    expect(formToObject({ a: 1 })).toEqual({ a: 1 });
    expect(formToObject(null)).toBeNull();
    expect(formToObject([1, 2])).toBeNull();
  });
});
