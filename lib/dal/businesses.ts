import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { and, eq, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses, channelStatuses, naceCodes, users } from '@/db/schema';
import { requireRole } from './access';
import { withinScope } from './business-scope';
import type { Viewer } from './load-viewer';

const advisor = alias(users, 'advisor');

const listColumns = {
  id: businesses.id,
  name: businesses.name,
  enterpriseNumber: businesses.enterpriseNumber,
  locality: businesses.locality,
  postcode: businesses.postcode,
  province: businesses.province,
  naceCode: businesses.naceCode,
  sectorNl: naceCodes.labelNl,
  sectorFr: naceCodes.labelFr,
  sectorEn: naceCodes.labelEn,
  revenueChangePct: businesses.revenueChangePct,
  channelsInUseCount: businesses.channelsInUseCount,
  advisorName: advisor.name,
  updatedAt: businesses.updatedAt,
};

async function businessDetail(db: Database, condition: SQL) {
  const [row] = await db
    .select({
      ...listColumns,
      employeesBand: businesses.employeesBand,
      needs: businesses.needs,
      ownerId: businesses.ownerId,
      assignedAdvisorId: businesses.assignedAdvisorId,
      computedClass: businesses.computedClass,
      overrideClass: businesses.overrideClass,
      overrideReason: businesses.overrideReason,
      overrideAt: businesses.overrideAt,
      effectiveClass: businesses.effectiveClass,
      classReasons: businesses.classReasons,
      coachingPriority: businesses.coachingPriority,
      digitalScore: businesses.digitalScore,
    })
    .from(businesses)
    .leftJoin(naceCodes, and(eq(naceCodes.code, businesses.naceCode), eq(naceCodes.version, businesses.naceVersion)))
    .leftJoin(advisor, eq(advisor.id, businesses.assignedAdvisorId))
    .where(condition)
    .limit(1);
  if (!row) return null;
  const channels = await db
    .select({ channel: channelStatuses.channel, status: channelStatuses.status })
    .from(channelStatuses)
    .where(eq(channelStatuses.businessId, row.id));
  return { ...row, channels };
}

export type BusinessDetail = NonNullable<Awaited<ReturnType<typeof businessDetail>>>;

/** One business, or null when it does not exist or lies outside what the viewer may see. */
export async function getBusiness(db: Database, viewer: Viewer | null, businessId: string): Promise<BusinessDetail | null> {
  const who = requireRole(viewer, ['member', 'advisor', 'staff']);
  if (!/^[0-9a-f-]{36}$/i.test(businessId)) return null;
  return businessDetail(db, withinScope(who, eq(businesses.id, businessId)));
}

/** A member's own business (null until they register one). */
export async function getOwnBusiness(db: Database, viewer: Viewer | null): Promise<BusinessDetail | null> {
  const member = requireRole(viewer, ['member']);
  return businessDetail(db, eq(businesses.ownerId, member.id));
}
