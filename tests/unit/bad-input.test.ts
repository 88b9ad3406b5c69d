import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dateTimeField, idField, plainText, requiredText, versionField, wholeNumberField } from '@/lib/actions/fields';
import { followUpFields, followUpRules } from '@/lib/actions/follow-up-fields';
import { formToObject } from '@/lib/actions/form-data';
import { pageParam, textParam } from '@/lib/navigation/search-params';
import { parseTriageQuery } from '@/lib/triage/query';
import { hasRefusedCharacters } from '@/lib/validation/characters';
import { routeId } from '@/lib/validation/ids';
import { parseDecimal } from '@/lib/validation/numbers';
import { schemaProblems } from '../support/schema-problems';

// Messages as their keys, so the tests see which rule spoke.
const t = (key: string) => key;
const firstMessage = (schema: z.ZodType, value: unknown) => {
  const result = z.strictObject({ field: schema }).safeParse({ field: value });
  return result.success ? { ok: result.data.field } : { error: result.error.issues[0]?.message };
};

describe('control characters (lib/validation/characters)', () => {
  it.each([
    ['Frituur De Gouden Friet', 'line', false],
    ['Boulangerie Renard — Namur, 5 €', 'line', false],
    ['שלום עולם', 'line', false], // right-to-left letters themselves are text
    ['a\u0000b', 'line', true], // NUL
    ['a\u0000b', 'lines', true],
    ['a\u001bb', 'lines', true], // ESC
    ['a\u007fb', 'lines', true], // DEL
    ['a\u0085b', 'lines', true], // C1 (NEL)
    ['a\u009bb', 'line', true], // C1 (CSI)
    ['a\tb', 'line', true],
    ['a\tb', 'lines', false],
    ['a\nb\r\nc', 'line', true],
    ['a\nb\r\nc', 'lines', false],
    ['evil\u202Egnp.exe', 'line', true], // right-to-left override
    ['a\u2066b\u2069', 'line', true], // isolates
    ['a\ud800b', 'lines', true], // lone surrogate
    ['😀', 'line', false], // a surrogate pair is one character
  ] as const)('%j as %s: refused %s', (text, shape, refused) => {
    expect(hasRefusedCharacters(text, shape)).toBe(refused);
  });
});

describe('text fields refuse control characters and keep line breaks only where they belong', () => {
  it.each([
    ['requiredText', requiredText(t, 160), 'Praktijk\u0000Mindwijs', { error: 'characters' }],
    ['requiredText', requiredText(t, 160), 'Praktijk \u202EdniwdniM', { error: 'characters' }],
    ['requiredText', requiredText(t, 160), 'Praktijk\tMindwijs', { error: 'characters' }],
    ['requiredText', requiredText(t, 160), '  Praktijk Mindwijs  ', { ok: 'Praktijk Mindwijs' }],
    ['requiredText', requiredText(t, 160), 'x'.repeat(161), { error: 'tooLong' }],
    ['requiredText', requiredText(t, 160), '', { error: 'required' }],
    [
      'requiredText (multi-line)',
      requiredText(t, 500, { multiline: true }),
      'Omzet herstelt.\nWebshop sinds oktober.',
      { ok: 'Omzet herstelt.\nWebshop sinds oktober.' },
    ],
    ['plainText', plainText(t, 300, { required: true }), 'Mailing\u0000 workshop', { error: 'characters' }],
    ['plainText', plainText(t, 300, { required: true }), 'Mailing\nworkshop', { error: 'characters' }],
    ['plainText (multi-line)', plainText(t, 5000, { multiline: true }), 'Punt 1:\tmenu\r\nPunt 2', { ok: 'Punt 1:\tmenu\nPunt 2' }],
    ['plainText (multi-line)', plainText(t, 5000, { multiline: true }), 'Punt\u0000 1', { error: 'characters' }],
    // A textarea posts CRLF but its counter counts one character per line break.
    ['plainText (multi-line)', plainText(t, 10, { multiline: true }), 'abcd\r\nefgh', { ok: 'abcd\nefgh' }],
  ])('%s: %j', (_name, schema, value, expected) => {
    expect(firstMessage(schema, value)).toEqual(expected);
  });
});

describe('follow-up fields (the record and edit forms)', () => {
  const schema = z.strictObject(followUpFields(t)).superRefine(followUpRules(t));
  const thisYear = new Date().getUTCFullYear();
  const valid = {
    kind: 'call',
    happenedAt: `${thisYear}-01-10T10:00`,
    summary: 'Gesprek',
    nextStep: 'Menukaart online',
    nextStepShared: 'on',
    dueAt: `${thisYear + 1}-01-10T10:00`,
    ownerId: '5b0f2c6e-7a8d-4a59-9d59-0a6b1a2f3c4d',
    status: 'open',
    cancelReason: '',
  };
  const problems = (input: Record<string, unknown>) => schemaProblems(schema, input);

  it.each([
    ['summary', 'Goed\u0000gesprek', 'characters'],
    ['nextStep', 'Menu\u0000kaart', 'characters'],
    ['cancelReason', 'Zaak\u0000gesloten', 'characters'],
    ['cancelReason', 'Zaak\ngesloten', 'characters'],
    ['dueAt', '9999-12-31T10:00', 'dateRange'],
    ['dueAt', `${thisYear + 6}-01-01T10:00`, 'dateRange'],
    ['happenedAt', '1970-01-01T00:00', 'dateRange'],
    ['ownerId', '-'.repeat(36), 'choice'],
  ])('refuse %s = %j with %s', (field, value, message) => {
    expect(problems({ ...valid, [field]: value })).toEqual({ [field]: message });
  });

  it('keep line breaks and tabs in the summary and next step, and dates five years either way', () => {
    expect(
      problems({
        ...valid,
        summary: 'Punt 1\n\tPunt 2',
        nextStep: 'Stap 1\nStap 2',
        dueAt: `${thisYear + 5}-12-31T23:59`,
        happenedAt: `${thisYear - 5}-01-01T00:00`,
      }),
    ).toEqual({});
  });

  it('name the window in the message', () => {
    const values: Array<Record<string, unknown> | undefined> = [];
    const field = dateTimeField(
      (_key, v) => (values.push(v), 'dateRange'),
      () => new Date('2026-06-01T00:00:00Z'),
    );
    expect(field.safeParse('2032-01-01T00:00').success).toBe(false);
    expect(values).toEqual([{ from: '2021', to: '2031' }]);
    expect(field.safeParse('2031-12-31T23:59').success).toBe(true);
  });
});

describe('numbers as people type them (lib/validation/numbers)', () => {
  it.each([
    ['-30', -30],
    ['\u221230', -30], // the minus sign of the revenue field's own hint
    ['+5', 5],
    [' 15 ', 15],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['0', 0],
    [42, 42],
    ['0x10', undefined],
    ['0b11', undefined],
    ['1e3', undefined],
    ['true', undefined],
    [true, undefined],
    ['', undefined],
    ['--5', undefined],
    ['5-', undefined],
    ['Infinity', undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [null, undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseDecimal(value)).toBe(expected);
  });

  const revenue = wholeNumberField({ range: 'percentRange', whole: 'percentWhole' }, -100, 1000, { optional: true });
  it.each([
    ['\u221230', { ok: -30 }],
    ['-30', { ok: -30 }],
    ['+1000', { ok: 1000 }],
    ['', { ok: null }],
    ['0x10', { error: 'percentRange' }],
    ['true', { error: 'percentRange' }],
    [true, { error: 'percentRange' }],
    ['12,5', { error: 'percentWhole' }],
    ['1001', { error: 'percentRange' }],
    ['-101', { error: 'percentRange' }],
    [undefined, { error: 'percentRange' }],
  ])('revenue change %j → %j', (value, expected) => {
    expect(firstMessage(revenue, value)).toEqual(expected);
  });
});

describe('ids and versions from forms and addresses', () => {
  it.each([
    ['2147483647', { ok: 2147483647 }],
    ['7', { ok: 7 }],
    [7, { ok: 7 }],
    ['2147483648', { error: 'formOutdated' }], // beyond PostgreSQL's integer
    ['99999999999', { error: 'formOutdated' }],
    ['0x10', { error: 'formOutdated' }],
    ['1e3', { error: 'formOutdated' }],
    ['true', { error: 'formOutdated' }],
    [true, { error: 'formOutdated' }],
    ['0', { error: 'formOutdated' }], // versions start at 1
    ['-1', { error: 'formOutdated' }],
    ['', { error: 'formOutdated' }],
  ])('version %j → %j', (value, expected) => {
    expect(firstMessage(versionField(t), value)).toEqual(expected);
  });

  it.each([
    ['5b0f2c6e-7a8d-4a59-9d59-0a6b1a2f3c4d', true],
    ['-'.repeat(36), false],
    ['a'.repeat(36), false],
    ['5b0f2c6e7a8d4a599d590a6b1a2f3c4d', false],
    ['', false],
  ])('id %j accepted: %s', (value, accepted) => {
    expect(routeId(value) === value).toBe(accepted);
    expect('ok' in firstMessage(idField(t), value)).toBe(accepted);
  });

  it('mark a bad hidden id or version as a problem of the whole form', () => {
    const result = z.strictObject({ version: versionField(t) }).safeParse({ version: '2147483648' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', message: 'formOutdated', params: { form: true } });
  });
});

describe('form data → object (lib/actions/form-data)', () => {
  it('keeps a posted __proto__ field as an own key, which the strict schema refuses', () => {
    const form = new FormData();
    form.append('name', 'Mijn weergave');
    form.append('__proto__', 'x');
    const raw = formToObject(form);
    expect(Object.keys(raw ?? {})).toEqual(['name', '__proto__']);
    expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
    const result = z.strictObject({ name: z.string() }).safeParse(raw);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['__proto__'] })]);
  });

  it('keeps an own __proto__ key of a plain object too', () => {
    const raw = formToObject(JSON.parse('{"name":"x","__proto__":{"role":"staff"}}'));
    // A nested object is no form value: the whole input is refused.
    expect(raw).toBeNull();
    expect(Object.keys(formToObject(JSON.parse('{"__proto__":"x"}')) ?? {})).toEqual(['__proto__']);
  });

  // What React's reply decoder makes of `$T` (a temporary reference): a proxy that throws on any property.
  const temporaryReference = new Proxy(function reference() {}, {
    get(_target, name) {
      throw new Error(`Cannot access ${String(name)} on the server.`);
    },
  });

  it.each([
    ['a temporary reference as a field', { name: temporaryReference }],
    ['a temporary reference in a list', { ids: ['a', temporaryReference] }],
    ['a temporary reference as the whole input', temporaryReference],
    ['a Map ($Q)', new Map([['name', 'x']])],
    ['a Set ($W)', new Set(['x'])],
    ['a Promise ($@)', Promise.resolve({ name: 'x' })],
    ['a nested object', { name: { toString: 'x' } }],
    ['a BigInt', { version: 10n }],
    ['a Date', { happenedAt: new Date() }],
    ['null', null],
    ['a list', ['x']],
  ])('refuses %s without touching it', (_name, payload) => {
    expect(() => formToObject(payload)).not.toThrow();
    expect(formToObject(payload)).toBeNull();
  });

  it('accepts text, numbers, booleans, null, files and lists of them; no arguments is an empty form', () => {
    const file = new File(['a'], 'a.csv');
    expect(formToObject({ a: 'x', b: 1, c: true, d: null, e: ['x', 'y'], f: file })).toEqual({ a: 'x', b: 1, c: true, d: null, e: ['x', 'y'], f: file });
    expect(formToObject(undefined)).toEqual({});
  });
});

describe('search parameters (lib/navigation/search-params, lib/triage/query)', () => {
  it.each([
    [{ q: 'a\u0000b' }, 'a b'],
    [{ q: 'bakker\u202E' }, 'bakker'],
    [{ q: 'x'.repeat(100_000) }, 'x'.repeat(100)],
  ])('cleans q %#, keeps the view and says so', (params, q) => {
    const { query, notices } = parseTriageQuery(params);
    expect(query.q).toBe(q);
    expect(notices).toEqual(['q']);
  });

  it('keeps an ordinary search as it is, without a notice', () => {
    expect(parseTriageQuery({ q: '  frituur  gouden ' })).toMatchObject({ query: { q: 'frituur  gouden' }, notices: [] });
  });

  it.each([
    ['scoreMin', '0x10'],
    ['scoreMax', '1e1'],
    ['page', '0x2'],
    ['page', ' 2'],
    ['size', '0x19'], // 25 in hex
    ['page', '2147483648'],
  ])('refuses %s=%j as a number', (name, value) => {
    const { query, notices } = parseTriageQuery({ [name]: value });
    expect(notices).toEqual([name]);
    expect(query).toMatchObject({ page: 1, size: 25, scoreMin: undefined, scoreMax: undefined });
  });

  it('gives the staff search the same rules', () => {
    expect(textParam('a\u0000b')).toBe('a b');
    expect(textParam('x'.repeat(500))).toHaveLength(100);
    expect(pageParam('0x10')).toBe(1);
    expect(pageParam('16')).toBe(16);
  });
});
