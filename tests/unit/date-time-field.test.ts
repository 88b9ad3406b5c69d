import { describe, expect, it } from 'vitest';
import { joinDateTime } from '@/components/ui/date-time-field';

describe('the date and time field', () => {
  it('sends day-month-year and a 24-hour time as one Brussels wall-clock value', () => {
    expect(joinDateTime('23-11-2026', '14:30')).toBe('2026-11-23T14:30');
    expect(joinDateTime('3/2/2027', '9:05')).toBe('2027-02-03T09:05');
    expect(joinDateTime('03.02.2027', '9.05')).toBe('2027-02-03T09:05');
    expect(joinDateTime(' 23-11-2026 ', '1430')).toBe('2026-11-23T14:30');
  });

  it('sends nothing for two empty fields, and a typo as typed so the server names the problem', () => {
    expect(joinDateTime('', '')).toBe('');
    expect(joinDateTime('23-11-2026', '')).toBe('23-11-2026');
    expect(joinDateTime('11/23/2026 ', '2:30 PM')).toBe('11/23/2026 2:30 PM');
  });
});
