import 'server-only';
import { cache } from 'react';
import { sessionClaims } from '@/lib/auth/session';
import { getDb } from '@/lib/server/database';
import { loadViewer, type Viewer } from './load-viewer';

export type { Viewer } from './load-viewer';

/**
 * Who is asking, re-read from the database on every request: a deactivated user, or a session that
 * was signed out, revoked or is past its absolute expiry, gets null here even with a valid JWT; a
 * changed role applies at once.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  return loadViewer(await getDb(), claims.userId, claims.sessionId);
});
