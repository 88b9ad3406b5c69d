import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { getOwnProfile, saveOwnChannels, saveOwnProfile, type ProfileInput } from '@/lib/dal/business-profile';
import { createFollowUp } from '@/lib/dal/follow-ups';
import type { Viewer } from '@/lib/dal/load-viewer';
import { CHANNELS, type Channel, type ChannelStatus } from '@/lib/domain/channels';
import { enterpriseNumberFrom } from '@/lib/domain/enterprise-number';
import { createViewer } from './factories';

/*
 * The member a report is made for, shared by the member report's integration test and its
 * benchmark (bench/report-measure.ts), so that what the benchmark times is what the test checks.
 * Profile and channels go through the portal's own data functions: score, class and peer group
 * are derived as they are for a real member, which plain inserts would not do.
 */

/** A chip shop in Hasselt (Limburg) with needs, so the report has a sector, a class and peers. */
const reportProfile = (name: string): ProfileInput => ({
  name,
  // 09…: a range the demo data (04…08), the factories (1…) and the bench's peers (04…) do not use.
  enterpriseNumber: enterpriseNumberFrom(`09${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`),
  naceCode: '56.102',
  naceVersion: '2008',
  postcode: '3500',
  locality: 'Hasselt',
  employeesBand: '1-4',
  revenueChangePct: -20,
  needs: ['online_ordering', 'customer_data'],
  contactConsent: true,
  consentWording: 'Ik ga akkoord.',
});

/** Every channel: the ones in use, the planned ones, and the rest unknown to the member. */
const reportChannelStatuses = (inUse: readonly Channel[], planned: readonly Channel[] = []): Record<Channel, ChannelStatus> =>
  Object.fromEntries(CHANNELS.map((c) => [c, inUse.includes(c) ? 'in_use' : planned.includes(c) ? 'planned' : 'unaware'])) as Record<Channel, ChannelStatus>;

/** A new member with their business and channels registered: the member a report is made for. */
export async function createReportMember(
  db: Database,
  { name, inUse, planned = [] }: { name: string; inUse: readonly Channel[]; planned?: readonly Channel[] },
): Promise<{ member: Viewer; businessId: string }> {
  const member = await createViewer(db, { role: 'member' });
  const created = await saveOwnProfile(db, member, reportProfile(name), null);
  if (!created.ok) throw new Error(`profile not saved: ${JSON.stringify(created)}`);
  const saved = await saveOwnChannels(db, member, reportChannelStatuses(inUse, planned), created.version);
  if (!saved.ok) throw new Error(`channels not saved: ${JSON.stringify(saved)}`);
  return { member, businessId: (await getOwnProfile(db, member))!.business.id };
}

/** A contact the advisor had with the business, with a next step shared with the member (due in a week). */
export function shareNextStep(db: Database, advisor: Viewer, businessId: string, { nextStep, summary }: { nextStep: string; summary: string }) {
  return createFollowUp(db, advisor, {
    businessId,
    idempotencyKey: randomUUID(),
    confirmPastDue: false,
    kind: 'video_call',
    happenedAt: new Date(),
    summary,
    nextStep,
    nextStepShared: true,
    dueAt: new Date(Date.now() + 7 * 24 * 3600_000),
    ownerId: advisor.id,
    status: 'open',
    cancelReason: null,
  });
}
