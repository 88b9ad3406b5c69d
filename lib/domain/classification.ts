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
  /** 0–100: how much an advisor's time is likely to tip this business (shifters first). */
  priority: number;
}

const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));

export function classify(facts: ClassificationFacts, table: ReadonlyArray<{ prefix: string; exposure: Exposure }>): Classification {
  const { naceCode, revenueChangePct: revenue } = facts;
  const score = facts.digitalScore ?? 0;
  if (revenue === null || !naceCode) {
    const reasons: ClassReason[] = [];
    if (revenue === null) reasons.push({ code: 'revenue_missing' });
    if (!naceCode) reasons.push({ code: 'sector_missing' });
    // Unknown members are worth a call to complete the picture, but after the shifters.
    return { crisisClass: 'unknown', reasons, priority: 25 };
  }

  const matched = exposureFor(naceCode, table);
  const exposure: Exposure = matched ?? 'adaptable';
  const sectorReason: ClassReason = matched ? { code: 'sector_exposure', exposure } : { code: 'sector_assumed_adaptable' };

  if (revenue >= WINNER_REVENUE) {
    return { crisisClass: 'winner', reasons: [{ code: 'revenue_up', revenue }], priority: clamp((1 - score / 100) * 10) };
  }
  if (revenue >= RESILIENT_FLOOR && score >= HIGH_SCORE) {
    return { crisisClass: 'winner', reasons: [{ code: 'revenue_held_with_high_score', revenue, score }], priority: clamp((1 - score / 100) * 10) };
  }
  if (exposure === 'structural' && revenue <= CLEARLY_DOWN) {
    return { crisisClass: 'structurally_hit', reasons: [{ code: 'revenue_down', revenue }, sectorReason], priority: clamp(20 + Math.min(20, -revenue / 5)) };
  }
  if (revenue < 0 && exposure !== 'structural') {
    // The larger the drop and the lower the digital score, the more an advisor can tip them.
    const drop = Math.min(1, -revenue / 50);
    const gap = 1 - score / 100;
    const reasons: ClassReason[] = [{ code: 'revenue_down', revenue }, sectorReason];
    if (score < HIGH_SCORE) reasons.push({ code: 'low_score', score });
    return { crisisClass: 'shifter', reasons, priority: clamp(40 + drop * 35 + gap * 25) };
  }
  return {
    crisisClass: 'stable',
    reasons: [revenue < 0 ? { code: 'revenue_down', revenue } : { code: 'revenue_flat', revenue }, sectorReason],
    priority: clamp(10 + (1 - score / 100) * 20),
  };
}
