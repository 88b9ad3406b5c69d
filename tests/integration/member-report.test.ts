import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import nlMessages from '@/messages/nl.json';
import frMessages from '@/messages/fr.json';
import { auditEvents } from '@/db/schema';
import { AccessDenied } from '@/lib/dal/access';
import { getOwnProfile } from '@/lib/dal/business-profile';
import type { Viewer } from '@/lib/dal/load-viewer';
import { memberReportData, type MemberReportData } from '@/lib/dal/member-report';
import { peerComparison } from '@/lib/dal/peers';
import type { Need } from '@/lib/domain/channels';
import { DIMENSIONS, digitalScore } from '@/lib/domain/digital-score';
import { recommendNextSteps } from '@/lib/domain/recommendations';
import { reportFileName } from '@/lib/report/file-name';
import { pdfSafe } from '@/lib/report/latin1';
import { renderMemberReport } from '@/lib/report/render';
import { createViewer, uniqueTag } from '../support/factories';
import { pdfPlainText, pdfText } from '../support/pdf-text';
import { createReportMember, shareNextStep } from '../support/report-member';
import { demoDatabaseForThisFile } from './test-database';

const { db, viewerFor } = demoDatabaseForThisFile();

const plain = (text: string) => pdfSafe(text).replace(/\s+/g, ' ');

let member: Viewer;
let other: Viewer;
const businessName = `Frituur Rapport ${uniqueTag()}`;
const otherName = `Bakkerij Anders ${uniqueTag()}`;
const agreedStep = `Menukaart online zetten ${uniqueTag()}`;

beforeAll(async () => {
  const mine = await createReportMember(db(), { name: businessName, inUse: ['website', 'facebook', 'online_payments'], planned: ['webshop'] });
  const theirs = await createReportMember(db(), { name: otherName, inUse: ['website', 'instagram', 'whatsapp_business', 'email_newsletter'] });
  [member, other] = [mine.member, theirs.member];
  const advisor = await viewerFor('adviseur.limburg@kantelpunt.demo');
  const shared = await shareNextStep(db(), advisor, mine.businessId, { nextStep: agreedStep, summary: 'Interne notitie van de adviseur, niet voor het lid.' });
  expect(shared.ok).toBe(true);
});

describe('the member report', () => {
  let data: MemberReportData;

  it('gathers the scan as the member home page shows it: score, peers, class and the same three next steps', async () => {
    data = (await memberReportData(db(), member))!;
    expect(data).not.toBeNull();
    const own = (await getOwnProfile(db(), member))!;
    // The score the channels save stored, worked out independently of the report.
    expect(data.score.overall).toBe(own.business.digitalScore);
    expect(data.score).toEqual(digitalScore(own.statuses));
    const peers = await peerComparison(db(), own.business);
    expect(peers).not.toBeNull();
    expect(data.peers).toMatchObject({ size: peers!.size, overall: peers!.overall, dimensions: peers!.dimensions });
    expect(data.recommendations).toEqual(recommendNextSteps(own.statuses, own.business.needs as Need[], data.score.dimensions, peers!.adoption));
    expect(data.recommendations).toHaveLength(3);
    expect(data.crisisClass).toBe(own.business.computedClass);
    expect(data.classReasons.length).toBeGreaterThan(0);
    expect(data.agreedSteps).toEqual([expect.objectContaining({ nextStep: agreedStep, done: false })]);
    expect(await db().$count(auditEvents, and(eq(auditEvents.action, 'member.report_downloaded'), eq(auditEvents.actorId, member.id)))).toBe(1);
  });

  for (const [locale, messages] of [
    ['nl', nlMessages],
    ['fr', frMessages],
  ] as const) {
    it(`prints the score, the dimensions, the class, the three next steps and the agreed step in ${locale}`, async () => {
      const pdf = await renderMemberReport(data, locale);
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const text = await pdfPlainText(pdf);

      expect(text).toContain(plain(messages.member.scoreTitle));
      expect(text).toContain(`${data.score.overall} ${plain(messages.member.scoreOutOf)}`);
      for (const dimension of DIMENSIONS) expect(text).toContain(plain(messages.dimensions[dimension]));
      expect(text).toContain(plain(messages.member.peerScore));
      expect(text).toContain(plain(messages.classes[data.crisisClass]));
      expect(text).toContain(plain(messages.quickScan.classMeaning[data.crisisClass]));
      expect(text).toContain(plain(messages.member.nextStepsTitle));
      data.recommendations.forEach((r, index) => expect(text).toContain(`${index + 1}. ${plain(messages.channels[r.channel])}`));
      expect(text).toContain(agreedStep);
      expect(text).toContain(businessName);
      // The advisor's own summary is never the member's to read.
      expect(text).not.toContain('Interne notitie');
    });
  }

  it('numbers every page in the footer', async () => {
    const pages = await pdfText(await renderMemberReport(data, 'nl'));
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((page, index) => expect(page).toContain(`Pagina ${index + 1} van ${pages.length}`));
  });

  it('is dated in the member’s language', async () => {
    const madeAt = new Date('2026-03-28T23:30:00Z');
    expect(await pdfPlainText(await renderMemberReport({ ...data, madeAt }, 'nl'))).toContain('Gemaakt op 29 maart 2026');
    expect(await pdfPlainText(await renderMemberReport({ ...data, madeAt }, 'fr'))).toContain('Établi le 29 mars 2026');
    // The file is named after the Brussels day too (00:30 there, still the 28th in UTC).
    expect(reportFileName(madeAt)).toBe('kantelpunt-rapport-2026-03-29.pdf');
  });

  it('shows no peer figures when there is no peer group, and says so', async () => {
    const text = await pdfPlainText(await renderMemberReport({ ...data, peers: null }, 'nl'));
    expect(text).not.toContain(plain(nlMessages.member.peerScore));
    expect(text).toContain(plain(nlMessages.member.peerNone));
  });

  it('only ever reads the member’s own business', async () => {
    const report = (await memberReportData(db(), other))!;
    expect(report.business.name).toBe(otherName);
    expect(report.agreedSteps).toEqual([]);
    const text = await pdfPlainText(await renderMemberReport(report, 'nl'));
    expect(text).toContain(otherName);
    expect(text).not.toContain(businessName);
    expect(text).not.toContain(agreedStep);
    expect(text).toContain(plain(nlMessages.report.agreedNone));
  });

  it('refuses advisors, staff and anonymous callers', async () => {
    for (const email of ['adviseur.limburg@kantelpunt.demo', 'staff@kantelpunt.demo']) {
      await expect(memberReportData(db(), await viewerFor(email))).rejects.toMatchObject(new AccessDenied('forbidden'));
    }
    await expect(memberReportData(db(), null)).rejects.toMatchObject(new AccessDenied('unauthenticated'));
  });

  it('has no report for a member without a business, and audits nothing', async () => {
    const newcomer = await createViewer(db(), { role: 'member' });
    expect(await memberReportData(db(), newcomer)).toBeNull();
    expect(await db().$count(auditEvents, and(eq(auditEvents.action, 'member.report_downloaded'), eq(auditEvents.actorId, newcomer.id)))).toBe(0);
  });
});

describe('text for the built-in PDF fonts', () => {
  it('keeps Latin-1 and WinAnsi marks, and replaces spaces and signs those fonts lack', () => {
    expect(pdfSafe('Établi le 29 mars – à 14:30 € “ok”')).toBe('Établi le 29 mars – à 14:30 € “ok”');
    expect(pdfSafe('1\u202f234 \u2212 5 \u2192 ✓')).toBe('1\u00a0234 - 5 -> ?');
  });
});
