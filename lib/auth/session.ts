import 'server-only';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { authSecret, SESSION_COOKIES } from './session-cookie';

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

interface Cookie {
  name: string;
  value: string;
}

/** A cookie's value, put together again when Auth.js split a large token over name.0, name.1, … */
function cookieValue(all: readonly Cookie[], name: string): string | undefined {
  const whole = all.find((c) => c.name === name)?.value;
  if (whole) return whole;
  const index = (c: Cookie) => c.name.slice(name.length + 1);
  const chunks = all.filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(index(c))).sort((a, b) => Number(index(a)) - Number(index(b)));
  return chunks.length ? chunks.map((c) => c.value).join('') : undefined;
}

/**
 * Who the session cookie says is signed in, read by decrypting the token the way Auth.js does
 * (same secret, the cookie name as salt, expiry checked). An invalid, tampered or expired token
 * reads as signed out.
 */
export async function readSessionClaims(all: readonly Cookie[], secret: string | undefined): Promise<SessionClaims | null> {
  if (!secret) return null;
  for (const name of SESSION_COOKIES) {
    const token = cookieValue(all, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret, salt: name });
      if (payload && typeof payload.uid === 'string') return { userId: payload.uid, sessionVersion: Number(payload.sv) };
    } catch {
      // Not a token we issued, or expired.
    }
  }
  return null;
}

/**
 * The session claims of the request being rendered. Pages only need these two claims; next-auth's
 * `auth()` runs its whole request handler for them and re-encrypts a fresh token that a server
 * component cannot even send back, which cost a few milliseconds on every page.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  // Reading the cookies also marks every page that asks for the viewer as rendered per request.
  const store = await cookies();
  return readSessionClaims(store.getAll(), authSecret());
}
