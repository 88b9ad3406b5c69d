import 'server-only';
import { cookies } from 'next/headers';
import { appUrl } from '@/lib/config/env';
import { SCAN_LIFETIME_MS } from '@/lib/dal/quick-scan';

/**
 * The quick scan's claim token travels in an httpOnly cookie, never in an address: an address ends
 * up in histories, logs and Referer headers, and would hand the scan to whoever sees it.
 */
const CLAIM_COOKIE = 'kantelpunt-scan';

export async function keepClaimToken(token: string): Promise<void> {
  (await cookies()).set(CLAIM_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: appUrl().startsWith('https:'),
    path: '/',
    maxAge: SCAN_LIFETIME_MS / 1000,
  });
}

export async function claimToken(): Promise<string | null> {
  const value = (await cookies()).get(CLAIM_COOKIE)?.value;
  return value && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
}

export async function forgetClaimToken(): Promise<void> {
  (await cookies()).delete(CLAIM_COOKIE);
}
