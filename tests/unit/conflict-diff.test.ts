import { describe, expect, it } from 'vitest';
import { conflictDiff } from '@/lib/actions/conflict';

describe('conflictDiff', () => {
  const stored = { name: 'Frituur', city: 'Hasselt', phone: '' };
  const yours = { name: 'Frituur De Gouden Friet', city: 'Hasselt', phone: '' };
  const shown = (value: string) => value || '—';

  it('lists only the fields whose shown text differs, in the order given, with their labels', () => {
    const changes = conflictDiff(['phone', 'name', 'city'] as const, {
      label: (f) => `label:${f}`,
      stored: (f) => shown(stored[f]),
      yours: (f) => shown(yours[f]),
    });
    expect(changes).toEqual([{ field: 'name', label: 'label:name', stored: 'Frituur', yours: 'Frituur De Gouden Friet' }]);
  });

  it('lists nothing when both sides read alike', () => {
    expect(conflictDiff(['city', 'phone'] as const, { label: String, stored: (f) => shown(stored[f]), yours: (f) => shown(yours[f]) })).toEqual([]);
  });
});
