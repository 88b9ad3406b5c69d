import 'server-only';
import { cache } from 'react';
import { auth } from '@/lib/auth/auth';
import { getDb } from '@/lib/server/database';
import { loadViewer, type Viewer } from './load-viewer';

export type { Viewer } from './load-viewer';

/**
 * Who is asking, re-read from the database on every request: a deactivated user, or one whose
 * session version was bumped, gets null here even with a valid JWT; a changed role applies at once.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return loadViewer(await getDb(), session.user.id, session.user.sessionVersion);
});
