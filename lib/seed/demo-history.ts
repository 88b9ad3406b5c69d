import { sql } from 'drizzle-orm';
import { pgArray } from '@/db/pg-array';
import type { Transaction } from '@/db/client';
import { businesses, businessSnapshots, classificationHistory, followUps } from '@/db/schema';
import { refreshFollowUpSummary } from '@/lib/dal/follow-ups';
import { FOLLOW_UP_KINDS } from '@/lib/domain/follow-ups';
import type { CrisisClass } from '@/lib/domain/classification';
import { regionOf, type Province } from '@/lib/domain/provinces';
import { createRandom, type Random } from './random';

/** How far back the demo's past goes: eighteen months. */
const PAST_DAYS = 545;
const DAY = 86_400_000;

/** A generated business as the seed created it: what its past is made to lead up to. */
export interface DemoBusinessNow {
  id: string;
  enterpriseNumber: string;
  province: Province | null;
  effectiveClass: CrisisClass;
  digitalScore: number | null;
  digitalDimensions: Record<string, number> | null;
  assignedAdvisorId: string | null;
}

/** Dimension scores scaled down from today's to an earlier overall score (the demo's earlier assessments). */
function earlierDimensions(now: Record<string, number> | null, nowScore: number, thenScore: number): Record<string, number> | null {
  if (!now) return null;
  const ratio = nowScore > 0 ? thenScore / nowScore : 0;
  return Object.fromEntries(Object.entries(now).map(([dimension, value]) => [dimension, Math.round(value * ratio)]));
}

/** What an advisor wrote after a contact, in the member's language. */
const CONTACT_NOTES = {
  nl: [
    'Kennismaking: de digitale kanalen overlopen en prioriteiten gekozen.',
    'Webshop besproken: assortiment, betalen en verzenden.',
    'Contentplan voor sociale media afgesproken: twee berichten per week.',
    'Offertes van twee leveranciers samen vergeleken.',
    'Klantenbestand opgezet; toestemming voor nieuwsbrief gevraagd aan de kassa.',
    'Online afspraken en betalen ingesteld, eerste week geëvalueerd.',
  ],
  fr: [
    'Premier contact : tour des canaux numériques et choix des priorités.',
    'Boutique en ligne discutée : assortiment, paiement et livraison.',
    'Plan de contenu pour les réseaux sociaux convenu : deux publications par semaine.',
    'Devis de deux fournisseurs comparés ensemble.',
    'Fichier clients créé ; consentement pour la newsletter demandé en caisse.',
    'Rendez-vous et paiement en ligne configurés, première semaine évaluée.',
  ],
} as const;

/**
 * The class a business had when it joined: most kept theirs, but many of today's winners were
 * losing when they joined (the programme's point), and some shifters were hit harder first.
 */
function classWhenJoined(now: CrisisClass, coached: boolean, random: Random): CrisisClass {
  // Coached members tipped far more often than the others: the programme's story, in the demo.
  if (now === 'winner') return random.chance(coached ? 0.55 : 0.12) ? 'shifter' : random.chance(coached ? 0.15 : 0.03) ? 'structurally_hit' : 'winner';
  if (now === 'shifter') return random.chance(0.2) ? 'structurally_hit' : 'shifter';
  if (now === 'stable') return random.chance(0.15) ? 'shifter' : 'stable';
  return now;
}

const between = (from: Date, to: Date, random: Random) => new Date(from.getTime() + random.next() * (to.getTime() - from.getTime()));

/**
 * Gives the generated businesses eighteen months of past, so the programme's figures and the
 * member's score over time move on a fresh demo: when each joined, the contacts its advisor logged,
 * its class when it joined and the day it changed, and score snapshots climbing to today's score.
 * Contacts go in before the class changes, so each change knows how long after the first contact it came.
 */
export async function seedDemoPast(tx: Transaction, created: readonly DemoBusinessNow[]): Promise<void> {
  if (created.length === 0) return;
  const random = createRandom(18_2026);
  const now = new Date();
  const contacts: Array<typeof followUps.$inferInsert> = [];
  const history: Array<typeof classificationHistory.$inferInsert> = [];
  const snapshots: Array<typeof businessSnapshots.$inferInsert> = [];
  const firstScores: Array<{ id: string; joined: Date; firstScore: number | null }> = [];

  for (const business of created) {
    const joined = new Date(now.getTime() - random.int(45, PAST_DAYS) * DAY);
    const initialClass = classWhenJoined(business.effectiveClass, Boolean(business.assignedAdvisorId), random);
    const changedAt = initialClass === business.effectiveClass ? null : between(new Date(joined.getTime() + 30 * DAY), now, random);

    // An assigned member was coached: contacts from soon after joining, mostly before a change.
    if (business.assignedAdvisorId) {
      const notes = business.province && regionOf(business.province) === 'wallonia' ? CONTACT_NOTES.fr : CONTACT_NOTES.nl;
      const until = changedAt ?? now;
      const count = random.int(1, 5);
      for (let i = 0; i < count; i++) {
        const happenedAt = between(new Date(joined.getTime() + 7 * DAY), i === count - 1 && !changedAt ? now : until, random);
        if (happenedAt > now) continue;
        contacts.push({
          businessId: business.id,
          ownerId: business.assignedAdvisorId,
          createdBy: business.assignedAdvisorId,
          kind: random.pick(FOLLOW_UP_KINDS),
          happenedAt,
          status: 'done',
          summary: random.pick(notes),
          idempotencyKey: `demo-past-${business.enterpriseNumber}-${i}`,
          createdAt: happenedAt,
          updatedAt: happenedAt,
        });
      }
    }

    history.push({ businessId: business.id, fromClass: null, toClass: initialClass, source: 'computed', createdAt: joined });
    if (changedAt)
      history.push({ businessId: business.id, fromClass: initialClass, toClass: business.effectiveClass, source: 'computed', createdAt: changedAt });

    // Scores climb towards today's for most members; a few slipped.
    const score = business.digitalScore;
    const firstScore = score === null ? null : Math.max(0, Math.min(100, score - random.int(-6, business.assignedAdvisorId ? 30 : 14)));
    firstScores.push({ id: business.id, joined, firstScore });
    if (score !== null && firstScore !== null) {
      const middle = between(joined, now, random);
      snapshots.push(
        {
          businessId: business.id,
          version: 1,
          data: { digitalDimensions: earlierDimensions(business.digitalDimensions, score, firstScore) },
          digitalScore: firstScore,
          effectiveClass: initialClass,
          createdAt: joined,
        },
        {
          businessId: business.id,
          version: 1,
          data: {},
          digitalScore: Math.round((firstScore + score) / 2),
          effectiveClass: changedAt && middle > changedAt ? business.effectiveClass : initialClass,
          createdAt: middle,
        },
        { businessId: business.id, version: 1, data: {}, digitalScore: score, effectiveClass: business.effectiveClass, createdAt: now },
      );
    }
  }

  for (let i = 0; i < contacts.length; i += 500)
    await tx
      .insert(followUps)
      .values(contacts.slice(i, i + 500))
      .onConflictDoNothing({ target: followUps.idempotencyKey });
  for (let i = 0; i < history.length; i += 500) await tx.insert(classificationHistory).values(history.slice(i, i + 500));
  for (let i = 0; i < snapshots.length; i += 500) await tx.insert(businessSnapshots).values(snapshots.slice(i, i + 500));
  await setJoinedAndFirstScore(tx, firstScores);
  for (const businessId of new Set(contacts.map((contact) => contact.businessId))) await refreshFollowUpSummary(tx, businessId);
}

/** One statement for all: when each joined (unless told not to move it), and its first score (set after the insert, which took today's). */
async function setJoinedAndFirstScore(tx: Transaction, firstScores: ReadonlyArray<{ id: string; joined: Date; firstScore: number | null }>, moveJoined = true) {
  await tx.execute(sql`
    update ${businesses} b set created_at = case when ${moveJoined} then past.joined else b.created_at end,
      first_digital_score = coalesce(past.first_score, b.first_digital_score), assessed_again = past.first_score is not null
    from unnest(${pgArray(firstScores.map((f) => f.id))}::uuid[], ${pgArray(firstScores.map((f) => f.joined.toISOString()))}::timestamptz[],
                ${pgArray(firstScores.map((f) => (f.firstScore === null ? null : String(f.firstScore))))}::smallint[]) as past(id, joined, first_score)
    where b.id = past.id`);
}

/**
 * The featured businesses (whose stories the walkthroughs and tests tell) keep their class and
 * contacts, but their members see their score climb: an assessment when they joined, one since.
 */
export async function seedFeaturedScores(tx: Transaction, featured: readonly DemoBusinessNow[]): Promise<void> {
  const now = Date.now();
  const scored = featured.filter((business) => business.digitalScore !== null);
  if (scored.length === 0) return;
  const past = scored.map((business) => ({ id: business.id, joined: new Date(now - 300 * DAY), firstScore: Math.max(0, business.digitalScore! - 18) }));
  await tx.insert(businessSnapshots).values(
    scored.flatMap((business, index) => [
      {
        businessId: business.id,
        version: 1,
        data: { digitalDimensions: earlierDimensions(business.digitalDimensions, business.digitalScore!, past[index]!.firstScore) },
        digitalScore: past[index]!.firstScore,
        effectiveClass: business.effectiveClass,
        createdAt: past[index]!.joined,
      },
      {
        businessId: business.id,
        version: 1,
        data: {},
        digitalScore: Math.max(0, business.digitalScore! - 7),
        effectiveClass: business.effectiveClass,
        createdAt: new Date(now - 120 * DAY),
      },
      { businessId: business.id, version: 1, data: {}, digitalScore: business.digitalScore, effectiveClass: business.effectiveClass, createdAt: new Date(now) },
    ]),
  );
  await setJoinedAndFirstScore(tx, past, false);
}
