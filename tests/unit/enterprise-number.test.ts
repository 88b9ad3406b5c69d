import { describe, expect, it } from 'vitest';
import { checkDigits, enterpriseNumberFrom, parseEnterpriseNumber } from '@/lib/domain/enterprise-number';

describe('parseEnterpriseNumber', () => {
  it.each([
    ['0403.019.261', '0403019261'],
    ['0403019261', '0403019261'],
    ['BE0403019261', '0403019261'],
    ['be 0403.019.261', '0403019261'],
    ['BE-0403-019-261', '0403019261'],
    ['403019261', '0403019261'], // nine-digit legacy notation
    ['  0403 019 261 ', '0403019261'],
  ])('accepts %s', (input, expected) => {
    const result = parseEnterpriseNumber(input);
    expect(result).toEqual({ ok: true, value: expected, formatted: `${expected.slice(0, 4)}.${expected.slice(4, 7)}.${expected.slice(7)}` });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0403.019.26A', 'characters'],
    ['04030192', 'length'],
    ['04030192611', 'length'],
    ['0403.019.262', 'checksum'],
    ['2123.456.749', 'establishment_unit'],
    ['8000.000.000', 'establishment_unit'],
  ])('refuses %s (%s)', (input, reason) => {
    expect(parseEnterpriseNumber(input)).toEqual({ ok: false, reason });
  });

  it('uses 97, never 00, as check digits when the remainder is 0', () => {
    // 04030192 + 97·k is divisible by 97 when the first eight digits are a multiple of 97.
    const multiple = String(97 * 41_600).padStart(8, '0');
    expect(Number(multiple) % 97).toBe(0);
    expect(checkDigits(multiple)).toBe('97');
    expect(parseEnterpriseNumber(`${multiple}97`).ok).toBe(true);
    expect(parseEnterpriseNumber(`${multiple}00`)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('builds valid numbers from their first eight digits', () => {
    expect(enterpriseNumberFrom('04030192')).toBe('0403019261');
    expect(() => enterpriseNumberFrom('24030192')).toThrow();
  });
});
