import { describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { readSessionClaims, sessionCookieIsSecure } from '@/lib/auth/session';
import { carriesSessionCookie } from '@/lib/auth/session-cookie';

// The names Auth.js writes; spelled out here so a change in Auth.js shows up as a failing test.
const SESSION_COOKIE = 'authjs.session-token';
const SECURE_SESSION_COOKIE = '__Secure-authjs.session-token';
const SECRET = 'unit-test-secret-unit-test-secret-0000';
const claims = { uid: '3390311c-4869-40ff-92a6-784ea13a837b', sid: '0b0c4a8e-7d38-4f38-9a53-2f7de1a7c3a1', role: 'advisor' };
const expected = { userId: claims.uid, sessionId: claims.sid };

async function token(options: { salt?: string; secret?: string; maxAge?: number } = {}) {
  return encode({ token: claims, secret: options.secret ?? SECRET, salt: options.salt ?? SESSION_COOKIE, maxAge: options.maxAge });
}

const withCookies = (cookie: string, extra: Record<string, string> = {}) => new Headers({ cookie, ...extra });
const plain = { secret: SECRET, secureCookie: false };
const secure = { secret: SECRET, secureCookie: true };

describe('reading the session cookie', () => {
  it('gives the user and session id of a token Auth.js would accept', async () => {
    expect(await readSessionClaims(withCookies(`${SESSION_COOKIE}=${await token()}`), plain)).toEqual(expected);
    expect(await readSessionClaims(withCookies(`${SECURE_SESSION_COOKIE}=${await token({ salt: SECURE_SESSION_COOKIE })}`), secure)).toEqual(expected);
  });

  it('joins a token Auth.js split over chunked cookies, in chunk order', async () => {
    const value = await token();
    const [first, second, third] = [value.slice(0, 40), value.slice(40, 90), value.slice(90)];
    const chunked = withCookies(`${SESSION_COOKIE}.2=${third}; ${SESSION_COOKIE}.0=${first}; ${SESSION_COOKIE}.1=${second}`);
    expect(await readSessionClaims(chunked, plain)).toEqual(expected);
  });

  it('reads only the cookie Auth.js reads: the __Secure- one over https', async () => {
    const headers = (h: Record<string, string>) => new Headers({ host: 'localhost:3000', ...h });
    expect(sessionCookieIsSecure(headers({ 'x-forwarded-proto': 'https' }), {})).toBe(true);
    expect(sessionCookieIsSecure(headers({}), {})).toBe(true);
    expect(sessionCookieIsSecure(headers({ 'x-forwarded-proto': 'http' }), {})).toBe(false);
    // The configured address wins over what a proxy forwards.
    expect(sessionCookieIsSecure(headers({ 'x-forwarded-proto': 'http' }), { AUTH_URL: 'https://kantelpunt.example.be' })).toBe(true);
    expect(sessionCookieIsSecure(headers({ 'x-forwarded-proto': 'https' }), { AUTH_URL: 'http://localhost:3000' })).toBe(false);
    expect(sessionCookieIsSecure(headers({ 'x-forwarded-proto': 'https' }), { NEXTAUTH_URL: 'http://localhost:3000' })).toBe(false);
  });

  it("refuses a plain cookie's token where the secure cookie is read, and the other way round", async () => {
    expect(await readSessionClaims(withCookies(`${SESSION_COOKIE}=${await token()}`), secure)).toBeNull();
    // Renamed by hand: the salt is the name it was issued under, so it does not decrypt as the secure one.
    expect(await readSessionClaims(withCookies(`${SECURE_SESSION_COOKIE}=${await token()}`), secure)).toBeNull();
    expect(await readSessionClaims(withCookies(`${SECURE_SESSION_COOKIE}=${await token({ salt: SECURE_SESSION_COOKIE })}`), plain)).toBeNull();
  });

  it('takes the token from the cookie only, never from an Authorization header', async () => {
    expect(await readSessionClaims(withCookies('', { authorization: `Bearer ${await token()}` }), plain)).toBeNull();
  });

  it('treats a tampered, foreign, expired or missing token as signed out', async () => {
    const value = await token();
    const tampered = `${value.slice(0, -6)}${value.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`;
    const read = (cookieValue: string, options = plain) => readSessionClaims(withCookies(`${SESSION_COOKIE}=${cookieValue}`), options);
    expect(await read(tampered)).toBeNull();
    expect(await read(await token({ secret: 'another-secret-another-secret-another-00' }))).toBeNull();
    expect(await read(await token({ maxAge: -60 }))).toBeNull();
    expect(await read('not-a-token')).toBeNull();
    expect(await readSessionClaims(withCookies(''), plain)).toBeNull();
    expect(await read(value, { secret: undefined as unknown as string, secureCookie: false })).toBeNull();
  });
});

describe('the early sign-in redirect', () => {
  it('sees a session cookie whole or in chunks, plain or secure, and nothing else', () => {
    expect(carriesSessionCookie([SESSION_COOKIE])).toBe(true);
    expect(carriesSessionCookie([SECURE_SESSION_COOKIE])).toBe(true);
    expect(carriesSessionCookie(['other', `${SESSION_COOKIE}.0`, `${SESSION_COOKIE}.1`])).toBe(true);
    expect(carriesSessionCookie(['authjs.callback-url', 'authjs.csrf-token', 'NEXT_LOCALE'])).toBe(false);
    expect(carriesSessionCookie([`x${SESSION_COOKIE}`, `${SESSION_COOKIE}-old`])).toBe(false);
  });
});
