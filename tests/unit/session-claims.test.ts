import { describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { readSessionClaims } from '@/lib/auth/session';

const SECRET = 'unit-test-secret-unit-test-secret-0000';
const NAME = 'authjs.session-token';
const claims = { uid: '3390311c-4869-40ff-92a6-784ea13a837b', role: 'advisor', sv: 3 };

async function token(options: { salt?: string; secret?: string; maxAge?: number } = {}) {
  return encode({ token: claims, secret: options.secret ?? SECRET, salt: options.salt ?? NAME, maxAge: options.maxAge });
}

describe('reading the session cookie', () => {
  it('gives the user and session version of a token Auth.js would accept', async () => {
    expect(await readSessionClaims([{ name: NAME, value: await token() }], SECRET)).toEqual({ userId: claims.uid, sessionVersion: 3 });
  });

  it('reads the __Secure- cookie, salted with its own name', async () => {
    const secureName = '__Secure-authjs.session-token';
    expect(await readSessionClaims([{ name: secureName, value: await token({ salt: secureName }) }], SECRET)).toEqual({ userId: claims.uid, sessionVersion: 3 });
    // A token moved to the other cookie name does not decrypt.
    expect(await readSessionClaims([{ name: NAME, value: await token({ salt: secureName }) }], SECRET)).toBeNull();
  });

  it('puts a token split over numbered cookies back together, in number order', async () => {
    const value = await token();
    const cut = Math.floor(value.length / 2);
    const chunks = [
      { name: `${NAME}.1`, value: value.slice(cut) },
      { name: `${NAME}.0`, value: value.slice(0, cut) },
    ];
    expect(await readSessionClaims(chunks, SECRET)).toEqual({ userId: claims.uid, sessionVersion: 3 });
  });

  it('treats a tampered, foreign, expired or missing token as signed out', async () => {
    const value = await token();
    const tampered = `${value.slice(0, -6)}${value.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`;
    expect(await readSessionClaims([{ name: NAME, value: tampered }], SECRET)).toBeNull();
    expect(await readSessionClaims([{ name: NAME, value: await token({ secret: 'another-secret-another-secret-another-00' }) }], SECRET)).toBeNull();
    expect(await readSessionClaims([{ name: NAME, value: await token({ maxAge: -60 }) }], SECRET)).toBeNull();
    expect(await readSessionClaims([{ name: NAME, value: 'not-a-token' }], SECRET)).toBeNull();
    expect(await readSessionClaims([], SECRET)).toBeNull();
    expect(await readSessionClaims([{ name: NAME, value }], undefined)).toBeNull();
  });
});
