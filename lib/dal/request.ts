import 'server-only';
import { cache } from 'react';
import type { Database } from '@/db/client';
import { getDb } from '@/lib/server/database';
import { getViewer, type Viewer } from './viewer';

export interface RequestContext {
  db: Database;
  viewer: Viewer | null;
}

/**
 * How pages, server actions and route handlers reach the data access layer: the process's
 * database and the request's viewer, found once per request. Most code gets them without calling
 * this: `requirePageViewer` hands a page `{ viewer, db }`, `defineAction` and `defineRoute` hand
 * them to their handler. DAL functions still take `(db, viewer, …)` explicitly, so integration
 * tests call them with a scratch database and a viewer of their own.
 */
export const requestContext = cache(async (): Promise<RequestContext> => {
  const [db, viewer] = await Promise.all([getDb(), getViewer()]);
  return { db, viewer };
});
