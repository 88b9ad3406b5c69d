import { exposureFor, type Exposure } from './sector-impact-defaults';

/**
 * Crisis classification (product brief): a pure function of a business's facts and the sector
 * impact table. A default to refine, not a law — advisors can override it. The rules, in order:
 *
 * 1. unknown            — revenue change or sector missing
 * 2. winner             — revenue ≥ +5 %, or ≥ −5 % with a digital score ≥ 60
 * 3. structurally hit   — revenue ≤ −10 % in a structural sector
 * 4. shifter (kanteler) — revenue down (< 0 %) in an adaptable or resilient sector
 * 5. stable             — everything else
 *
 * A sector that matches no row of the table is treated as adaptable, and the reasons say so.
 */
export const CRISIS_CLASSES = ['winner', 'shifter', 'structurally_hit', 'stable', 'unknown'] as const;
export type CrisisClass = (typeof CRISIS_CLASSES)[number];
export type { Exposure };

export const WINNER_REVENUE = 5;
export const RESILIENT_FLOOR = -5;
export const HIGH_SCORE = 60;
export const CLEARLY_DOWN = -10;

export interface ClassificationFacts {
  naceCode: string | null;
  revenueChangePct: number | null;
  digitalScore: number | null;
}

/** A reason as a message key plus values, translated where it is shown. */
export type ClassReason =
  | { code: 'revenue_missing' }
  | { code: 'sector_missing' }
  | { code: 'revenue_up'; revenue: number }
  | { code: 'revenue_held_with_high_score'; revenue: number; score: number }
  | { code: 'revenue_down'; revenue: number }
  | { code: 'revenue_flat'; revenue: number }
  | { code: 'sector_exposure'; exposure: Exposure }
  | { code: 'sector_assumed_adaptable' }
  | { code: 'low_score'; score: number };

export interface Classification {
  crisisClass: CrisisClass;
  reasons: ClassReason[];
  /** 0–100: how much an advisor's time is likely to tip this business (shifters first), for the computed class. */
  priority: number;
}

const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));

/**
 * The coaching priority of a business in a given class, from its facts. Each class has its own band
 * (shifters 40–100 first, structurally hit 20–40, unknown 25, stable 10–30, winners 0–10), so the
 * priority must follow the class in force: an advisor's override moves the business into the
 * override's band. A class the facts would not give (an override) still gets a value inside its band.
 */
export function priorityFor(crisisClass: CrisisClass, facts: Pick<ClassificationFacts, 'revenueChangePct' | 'digitalScore'>): number {
  const score = facts.digitalScore ?? 0;
  // Only a drop counts; a missing or positive revenue change puts the business at the bottom of its band.
  const drop = Math.max(0, -(facts.revenueChangePct ?? 0));
  const gap = 1 - score / 100;
  switch (crisisClass) {
    case 'unknown':
      // Unknown members are worth a call to complete the picture, but after the shifters.
      return 25;
    case 'winner':
      return clamp(gap * 10);
    case 'structurally_hit':
      return clamp(20 + Math.min(20, drop / 5));
    case 'shifter':
      // The larger the drop and the lower the digital score, the more an advisor can tip them.
      return clamp(40 + Math.min(1, drop / 50) * 35 + gap * 25);
    case 'stable':
      return clamp(10 + gap * 20);
  }
}

export function classify(facts: ClassificationFacts, table: ReadonlyArray<{ prefix: string; exposure: Exposure }>): Classification {
  const result = classWithReasons(facts, table);
  return { ...result, priority: priorityFor(result.crisisClass, facts) };
}

function classWithReasons(facts: ClassificationFacts, table: ReadonlyArray<{ prefix: string; exposure: Exposure }>): Omit<Classification, 'priority'> {
  const { naceCode, revenueChangePct: revenue } = facts;
  const score = facts.digitalScore ?? 0;
  if (revenue === null || !naceCode) {
    const reasons: ClassReason[] = [];
    if (revenue === null) reasons.push({ code: 'revenue_missing' });
    if (!naceCode) reasons.push({ code: 'sector_missing' });
    return { crisisClass: 'unknown', reasons };
  }

  const matched = exposureFor(naceCode, table);
  const exposure: Exposure = matched ?? 'adaptable';
  const sectorReason: ClassReason = matched ? { code: 'sector_exposure', exposure } : { code: 'sector_assumed_adaptable' };

  if (revenue >= WINNER_REVENUE) {
    return { crisisClass: 'winner', reasons: [{ code: 'revenue_up', revenue }] };
  }
  if (revenue >= RESILIENT_FLOOR && score >= HIGH_SCORE) {
    return { crisisClass: 'winner', reasons: [{ code: 'revenue_held_with_high_score', revenue, score }] };
  }
  if (exposure === 'structural' && revenue <= CLEARLY_DOWN) {
    return { crisisClass: 'structurally_hit', reasons: [{ code: 'revenue_down', revenue }, sectorReason] };
  }
  if (revenue < 0 && exposure !== 'structural') {
    const reasons: ClassReason[] = [{ code: 'revenue_down', revenue }, sectorReason];
    if (score < HIGH_SCORE) reasons.push({ code: 'low_score', score });
    return { crisisClass: 'shifter', reasons };
  }
  return { crisisClass: 'stable', reasons: [revenue < 0 ? { code: 'revenue_down', revenue } : { code: 'revenue_flat', revenue }, sectorReason] };
}
