import { afterEach, describe, expect, it, vi } from 'vitest';
import { withExpectedErrors } from '../support/expected-errors';

describe('withExpectedErrors', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps an expected line out of the output and passes any other line through', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await withExpectedErrors([/^\[jobs\] expected/], async () => {
      console.error('[jobs] expected failure');
      console.error('[mail] something nobody expected');
      return 42;
    });
    expect(result).toBe(42);
    expect(printed.mock.calls).toEqual([['[mail] something nobody expected']]);
  });

  it('fails when an expected line was never logged', async () => {
    await expect(withExpectedErrors([/^\[jobs\] expected/], async () => 'nothing logged')).rejects.toThrow(/an error logged matching/);
  });

  it('lets the work’s own error through rather than a missing log line', async () => {
    await expect(
      withExpectedErrors([/^\[jobs\] expected/], async () => {
        throw new Error('the real failure');
      }),
    ).rejects.toThrow('the real failure');
  });
});
