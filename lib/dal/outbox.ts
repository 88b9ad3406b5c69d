import 'server-only';
import { count, desc } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { requireRole } from './access';
import type { Viewer } from './load-viewer';

export const OUTBOX_PAGE_SIZE = 50;

/** Staff read outgoing e-mail (the only way to see it when no SMTP server is configured). */
export async function listOutbox(db: Database, viewer: Viewer | null, page = 1) {
  requireRole(viewer, ['staff']);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(emailOutbox)
      .orderBy(desc(emailOutbox.createdAt))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * OUTBOX_PAGE_SIZE),
    db.select({ total: count() }).from(emailOutbox),
  ]);
  return { rows, total: totalRow?.total ?? 0 };
}
