import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { advisorRegions, users, type User } from '@/db/schema';
import type { Province } from '@/lib/domain/provinces';

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: User['role'];
  locale: User['locale'];
  /** Provinces an advisor covers; empty for members and staff (staff see all). */
  regions: Province[];
  canExport: boolean;
}

/** The signed-in user as the database knows them now, or null when they may no longer act. */
export async function loadViewer(db: Database, userId: string, sessionVersion: number): Promise<Viewer | null> {
  // One round trip for the user and their provinces (every page asks this first); only an advisor's provinces count.
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      status: users.status,
      sessionVersion: users.sessionVersion,
      canExport: users.canExport,
      regions: sql<Province[]>`array(select ${advisorRegions.province}::text from ${advisorRegions} where ${advisorRegions.userId} = ${users.id} order by 1)`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user || user.status !== 'active' || user.sessionVersion !== sessionVersion) return null;
  const regions = user.role === 'advisor' ? user.regions : [];
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, regions, canExport: user.role === 'staff' || user.canExport };
}
