import { describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { readSessionClaims } from '@/lib/auth/session';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionCookieName } from '@/lib/auth/session-cookie';

const SECRET = 'unit-test-secret-unit-test-secret-0000';
const claims = { uid: '3390311c-4869-40ff-92a6-784ea13a837b', sid: '0b0c4a8e-7d38-4f38-9a53-2f7de1a7c3a1', role: 'advisor' };

async function token(options: { salt?: string; secret?: string; maxAge?: number } = {}) {
  return encode({ token: claims, secret: options.secret ?? SECRET, salt: options.salt ?? SESSION_COOKIE, maxAge: options.maxAge });
}

describe('reading the session cookie', () => {
  it('gives the user and session id of a token Auth.js would accept', async () => {
    expect(await readSessionClaims(await token(), SESSION_COOKIE, SECRET)).toEqual({ userId: claims.uid, sessionId: claims.sid });
    expect(await readSessionClaims(await token({ salt: SECURE_SESSION_COOKIE }), SECURE_SESSION_COOKIE, SECRET)).toEqual({ userId: claims.uid, sessionId: claims.sid });
  });

  it('reads only the cookie Auth.js reads: the __Secure- one over https', () => {
    expect(sessionCookieName('https', {})).toBe(SECURE_SESSION_COOKIE);
    expect(sessionCookieName(null, {})).toBe(SECURE_SESSION_COOKIE);
    expect(sessionCookieName('http', {})).toBe(SESSION_COOKIE);
    // The configured address wins over what a proxy forwards.
    expect(sessionCookieName('http', { AUTH_URL: 'https://kantelpunt.example.be' })).toBe(SECURE_SESSION_COOKIE);
    expect(sessionCookieName('https', { AUTH_URL: 'http://localhost:3000' })).toBe(SESSION_COOKIE);
  });

  it('refuses a plain cookie\'s token where the secure cookie is read', async () => {
    expect(await readSessionClaims(await token({ salt: SESSION_COOKIE }), SECURE_SESSION_COOKIE, SECRET)).toBeNull();
  });

  it('treats a tampered, foreign, expired or missing token as signed out', async () => {
    const value = await token();
    const tampered = `${value.slice(0, -6)}${value.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`;
    expect(await readSessionClaims(tampered, SESSION_COOKIE, SECRET)).toBeNull();
    expect(await readSessionClaims(await token({ secret: 'another-secret-another-secret-another-00' }), SESSION_COOKIE, SECRET)).toBeNull();
    expect(await readSessionClaims(await token({ maxAge: -60 }), SESSION_COOKIE, SECRET)).toBeNull();
    expect(await readSessionClaims('not-a-token', SESSION_COOKIE, SECRET)).toBeNull();
    expect(await readSessionClaims(undefined, SESSION_COOKIE, SECRET)).toBeNull();
    expect(await readSessionClaims(value, SESSION_COOKIE, undefined)).toBeNull();
  });
});
