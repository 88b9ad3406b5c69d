import type { Database } from '@/db/client';
import { auditEvents } from '@/db/schema';

export interface AuditInput {
  actorId?: string | null;
  actorRole?: 'member' | 'advisor' | 'staff' | null;
  action: string;
  entityType?: string;
  entityId?: string;
  filters?: unknown;
  rowCount?: number;
  details?: Record<string, unknown>;
  ip?: string | null;
  requestId?: string | null;
}

/**
 * Appends an audit event. Pass the transaction the change is written in, so that the event and
 * the change are committed (or rolled back) together. Never updated or deleted.
 */
export async function recordAudit(db: Pick<Database, 'insert'>, event: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: event.actorId ?? null,
    actorRole: event.actorRole ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    filters: event.filters ?? null,
    rowCount: event.rowCount,
    details: event.details ?? null,
    ip: event.ip ?? null,
    requestId: event.requestId ?? null,
  });
}
