import 'server-only';
import type { Database } from '@/db/client';
import { recordAudit } from '@/lib/audit';
import type { ClassReason, CrisisClass } from '@/lib/domain/classification';
import type { Need } from '@/lib/domain/channels';
import { digitalScore, type DigitalScore, type DimensionScores } from '@/lib/domain/digital-score';
import { recommendNextSteps, type Recommendation } from '@/lib/domain/recommendations';
import { requireRole } from './access';
import { getOwnBusiness } from './businesses';
import { getOwnProfile } from './business-profile';
import { sharedNextSteps } from './follow-ups';
import { peerComparison, type PeerComparison } from './peers';
import type { Viewer } from './load-viewer';

interface AgreedStep {
  nextStep: string;
  dueAt: Date | null;
  done: boolean;
  advisor: string;
}

/** Everything the member's report shows, in no language yet: lib/report words and lays it out. */
export interface MemberReportData {
  madeAt: Date;
  business: { name: string; enterpriseNumber: string; postcode: string | null; locality: string | null };
  score: DigitalScore;
  /** The peers' averages only, and only when a group large enough exists (lib/dal/peers.ts). */
  peers: { group: PeerComparison['group']; groupCode: string | null; size: number; overall: number; dimensions: DimensionScores } | null;
  crisisClass: CrisisClass;
  classReasons: ClassReason[];
  recommendations: Recommendation[];
  /** The member's advisor as the home page names them: the assigned one, else whoever owns the agreed steps. */
  advisor: string | null;
  agreedSteps: AgreedStep[];
}

/**
 * The signed-in member's scan for their report, read only from their own business (the same
 * reads as the member home page, so the report says what the page says); null until they have
 * registered one. Audited like the data export: the report holds the same personal data.
 */
export async function memberReportData(db: Database, viewer: Viewer | null, now = new Date()): Promise<MemberReportData | null> {
  const member = requireRole(viewer, ['member']);
  const [own, business] = await Promise.all([getOwnProfile(db, member), getOwnBusiness(db, member)]);
  if (!own || !business) return null;

  const score = digitalScore(own.statuses);
  const [peers, steps] = await Promise.all([peerComparison(db, own.business), sharedNextSteps(db, member)]);
  // Exactly as the member home page ranks them, so the report and the page never disagree.
  const recommendations = recommendNextSteps(own.statuses, own.business.needs as Need[], score.dimensions, peers?.adoption ?? null);
  const advisor = business.advisorName ?? steps.find((s) => s.status === 'open')?.advisor ?? steps[0]?.advisor ?? null;

  await recordAudit(db, { actorId: member.id, actorRole: 'member', action: 'member.report_downloaded', entityType: 'business', entityId: business.id });
  return {
    madeAt: now,
    business: { name: business.name, enterpriseNumber: business.enterpriseNumber, postcode: business.postcode, locality: business.locality },
    score,
    peers: peers ? { group: peers.group, groupCode: peers.groupCode, size: peers.size, overall: peers.overall, dimensions: peers.dimensions } : null,
    // The computed class, because the reasons explain that one; an advisor's override is their working note, not shown to members elsewhere either.
    crisisClass: own.business.computedClass,
    classReasons: own.business.classReasons,
    recommendations,
    advisor,
    agreedSteps: steps.map((s) => ({ nextStep: s.nextStep ?? '', dueAt: s.dueAt, done: s.status === 'done', advisor: s.advisor })),
  };
}
