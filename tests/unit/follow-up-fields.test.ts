import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { followUpFields, followUpRules, newFollowUpFields, newFollowUpRules } from '@/lib/actions/follow-up-fields';
import { schemaProblems } from '../support/schema-problems';

// Messages as their keys, so the tests see which rule spoke.
const t = (key: string) => key;
const schema = z.strictObject(followUpFields(t)).superRefine(followUpRules(t));
const valid = {
  kind: 'video_call',
  happenedAt: '2026-11-23T14:30',
  summary: 'Webshop besproken',
  nextStep: 'Menukaart online',
  nextStepShared: 'on',
  dueAt: '2026-12-01T10:00',
  ownerId: '5b0f2c6e-7a8d-4a59-9d59-0a6b1a2f3c4d',
  status: 'open',
  cancelReason: '',
};
const problems = (input: Record<string, unknown>) => schemaProblems(schema, input);

describe('follow-up form fields', () => {
  it('accept a complete follow-up and read its times in Brussels', () => {
    const parsed = schema.parse(valid);
    expect(parsed.happenedAt?.toISOString()).toBe('2026-11-23T13:30:00.000Z');
    expect(parsed.nextStepShared).toBe(true);
  });

  it('refuse HTML, 100 kB summaries, unknown kinds, bad dates and unknown fields', () => {
    expect(problems({ ...valid, summary: 'Goed gesprek <script>alert(1)</script>' })).toEqual({ summary: 'plainText' });
    expect(problems({ ...valid, nextStep: '<img src=x onerror=alert(1)>' })).toEqual({ nextStep: 'plainText' });
    expect(problems({ ...valid, summary: 'x'.repeat(100_000) })).toEqual({ summary: 'tooLong' });
    expect(problems({ ...valid, kind: 'fax' })).toEqual({ kind: 'choice' });
    expect(problems({ ...valid, dueAt: '2026-02-30T10:00' })).toEqual({ dueAt: 'dateTimeFormat' });
    expect(schema.safeParse({ ...valid, businessId: 'x' }).success).toBe(false);
  });

  it('keep text with a lone angle bracket, which is no markup', () => {
    expect(problems({ ...valid, summary: 'Omzet < 5000 euro en > 2000 euro' })).toEqual({});
  });

  it('need a due date when open, a step when shared, a reason when cancelled', () => {
    expect(problems({ ...valid, dueAt: '' })).toEqual({ dueAt: 'dueRequired' });
    expect(problems({ ...valid, nextStep: '' })).toEqual({ nextStep: 'nextStepRequired' });
    expect(problems({ ...valid, status: 'cancelled' })).toEqual({ cancelReason: 'cancelReasonRequired' });
    expect(problems({ ...valid, status: 'done', dueAt: '' })).toEqual({});
  });
});

describe('new follow-up fields (log a contact, plan a follow-up)', () => {
  const create = z.strictObject(newFollowUpFields(t)).superRefine(newFollowUpRules(t));
  const { cancelReason: _cancelReason, ...fresh } = valid;
  const createProblems = (input: Record<string, unknown>) => schemaProblems(create, input);

  it('accept a planned follow-up and a logged contact', () => {
    expect(createProblems(fresh)).toEqual({});
    expect(createProblems({ ...fresh, status: 'done', dueAt: '' })).toEqual({});
  });

  it('never create a cancelled follow-up, nor take a cancel reason', () => {
    expect(createProblems({ ...fresh, status: 'cancelled' })).toEqual({ status: 'choice' });
    expect(create.safeParse({ ...fresh, cancelReason: 'Zaak gesloten' }).success).toBe(false);
  });

  it('need to know when a logged contact happened', () => {
    expect(createProblems({ ...fresh, status: 'done', happenedAt: '', dueAt: '' })).toEqual({ happenedAt: 'happenedRequired' });
  });
});
