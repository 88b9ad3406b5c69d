import { describe, expect, it } from 'vitest';
import { CRISIS_CLASSES, classify, priorityFor, type ClassificationFacts, type CrisisClass } from '@/lib/domain/classification';
import { DEFAULT_SECTOR_IMPACTS } from '@/lib/domain/sector-impact-defaults';
import { digitalScore } from '@/lib/domain/digital-score';
import { FEATURED_BUSINESSES } from '@/lib/seed/demo-people';

const table = DEFAULT_SECTOR_IMPACTS;
const facts = (naceCode: string | null, revenueChangePct: number | null, score: number | null): ClassificationFacts => ({
  naceCode,
  revenueChangePct,
  digitalScore: score,
});

describe('classify: every rule', () => {
  it.each([
    ['revenue missing', facts('56.102', null, 50), 'unknown'],
    ['sector missing', facts(null, 10, 50), 'unknown'],
    ['revenue up 5 %', facts('79.110', 5, 0), 'winner'],
    ['revenue held (−5 %) with a high score', facts('47.711', -5, 60), 'winner'],
    ['revenue held (−5 %) with a low score, adaptable', facts('47.711', -5, 59), 'shifter'],
    ['clearly down in a structural sector', facts('82.300', -10, 80), 'structurally_hit'],
    ['slightly down in a structural sector', facts('82.300', -9, 10), 'stable'],
    ['down in an adaptable sector', facts('56.101', -30, 20), 'shifter'],
    ['down in a resilient sector', facts('62.010', -15, 40), 'shifter'],
    ['flat', facts('62.010', 2, 10), 'stable'],
    ['down in a sector missing from the table (treated as adaptable)', facts('99.000', -20, 10), 'shifter'],
  ] as const)('%s → %s', (_name, input, expected) => {
    expect(classify(input, table).crisisClass).toBe(expected as CrisisClass);
  });

  it('explains itself', () => {
    expect(classify(facts('56.101', -30, 20), table).reasons).toEqual([
      { code: 'revenue_down', revenue: -30 },
      { code: 'sector_exposure', exposure: 'adaptable' },
      { code: 'low_score', score: 20 },
    ]);
    expect(classify(facts('99.000', -20, 10), table).reasons).toContainEqual({ code: 'sector_assumed_adaptable' });
    expect(classify(facts(null, null, null), table).reasons).toEqual([{ code: 'revenue_missing' }, { code: 'sector_missing' }]);
  });

  it('puts shifters first, more so the larger the drop and the lower the score', () => {
    const small = classify(facts('56.101', -10, 60), table).priority;
    const large = classify(facts('56.101', -50, 60), table).priority;
    const lowScore = classify(facts('56.101', -50, 10), table).priority;
    expect(small).toBeLessThan(large);
    expect(large).toBeLessThan(lowScore);
    expect(lowScore).toBeLessThanOrEqual(100);
    const others = [facts('82.300', -90, 0), facts('62.010', 2, 0), facts('56.101', 30, 0), facts(null, null, null)].map((f) => classify(f, table).priority);
    expect(Math.max(...others)).toBeLessThan(classify(facts('56.101', -6, 100), table).priority);
  });

  it('follows the sector table it is given', () => {
    expect(classify(facts('56.101', -30, 20), [{ prefix: '56', exposure: 'structural' }]).crisisClass).toBe('structurally_hit');
  });
});

describe('priorityFor: each class keeps its band, whatever the facts', () => {
  const bands: Record<CrisisClass, [number, number]> = {
    winner: [0, 10],
    stable: [10, 30],
    structurally_hit: [20, 40],
    unknown: [25, 25],
    shifter: [40, 100],
  };
  const samples = [facts('56.101', -90, 0), facts('56.101', -30, 20), facts('62.010', 40, 100), facts(null, null, null), facts('82.300', -5, 60)];
  it.each(CRISIS_CLASSES)('%s', (crisisClass) => {
    const [low, high] = bands[crisisClass];
    for (const sample of samples) {
      const priority = priorityFor(crisisClass, sample);
      expect(priority).toBeGreaterThanOrEqual(low);
      expect(priority).toBeLessThanOrEqual(high);
    }
  });

  it('is the priority classify gives for the computed class', () => {
    for (const sample of samples) {
      const result = classify(sample, table);
      expect(result.priority).toBe(priorityFor(result.crisisClass, sample));
    }
  });

  it('puts a shifter overridden to structurally hit into the lower band', () => {
    const shifter = facts('56.101', -30, 20);
    expect(classify(shifter, table)).toMatchObject({ crisisClass: 'shifter', priority: 81 });
    expect(priorityFor('structurally_hit', shifter)).toBe(26);
  });
});

describe('classify: the businesses of the source texts', () => {
  const expected: Record<string, CrisisClass> = {
    'Frituur De Gouden Friet': 'winner', // 80 % of orders online
    'Praktijk Mindwijs': 'winner', // the psychologist consulting by video
    'Boetiek Amélie': 'shifter', // the clothing shop advising by phone video
    'Limtrade Export NV': 'shifter', // the exporter closing deals by video call
    'Eventbureau Feestelijk': 'structurally_hit', // events
    'Reisbureau Horizon': 'structurally_hit', // travel
    'Schoonheidssalon Lotus': 'structurally_hit', // beauty salon
  };
  for (const [name, crisisClass] of Object.entries(expected)) {
    it(`${name} is ${crisisClass}`, () => {
      const business = FEATURED_BUSINESSES.find((b) => b.name === name)!;
      const score = digitalScore(business.channels).overall;
      expect(classify(facts(business.naceCode, business.revenueChangePct, score), table).crisisClass).toBe(crisisClass);
    });
  }
});
