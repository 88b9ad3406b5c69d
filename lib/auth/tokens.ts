import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random token for e-mailed links; only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const TOKEN_LIFETIME_MS = {
  verify_email: 48 * 3600_000,
  reset_password: 3600_000,
  invitation: 7 * 24 * 3600_000,
} as const;
