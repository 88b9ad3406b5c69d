import { eq } from 'drizzle-orm';
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
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user || user.status !== 'active' || user.sessionVersion !== sessionVersion) return null;
  const regions =
    user.role === 'advisor'
      ? (await db.select({ province: advisorRegions.province }).from(advisorRegions).where(eq(advisorRegions.userId, user.id))).map((r) => r.province)
      : [];
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, regions, canExport: user.role === 'staff' || user.canExport };
}
