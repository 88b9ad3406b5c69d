import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, businesses, emailOutbox, jobs, portalSettings, users } from '@/db/schema';
import type { User } from '@/db/schema';
import { appUrl } from '@/lib/config/env';
import { AccessDenied } from '@/lib/dal/access';
import { saveOwnChannels } from '@/lib/dal/business-profile';
import { closeOwnAccount } from '@/lib/dal/member-data';
import { changeReminderMonths, getReminderMonths, getReminderSetting } from '@/lib/dal/portal-settings';
import { CHANNELS, type Channel, type ChannelStatus } from '@/lib/domain/channels';
import { runPendingJobs } from '@/lib/jobs/worker';
import { queueChannelReminders } from '@/lib/reminders/channel-reminders';
import { getOwnChannelReminders, setOwnChannelReminders } from '@/lib/reminders/dal/preference';
import { enqueueChannelRemindersIfIdle } from '@/lib/reminders/job';
import { reminderMonthsField } from '@/lib/settings/reminder-months-field';
import { seedReferenceData } from '@/lib/seed/reference';
import { createAdvisor, createBusiness, createStaff, createUser, createViewer } from '../support/factories';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const db = () => database.handle.db;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(db());
});
afterAll(async () => {
  await database?.destroy();
});

const CONTEXT = { appUrl: 'https://kantelpunt.example.be', smtpConfigured: false };
const DAY = 86_400_000;

/** `months` calendar months after `date` (UTC), kept within the target month as PostgreSQL does (31 August + 6 months is 28 February). */
function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/**
 * The first save of the channels in these stories: eight months ago, on the 15th at noon (UTC), so
 * that adding months never lands on a short month's end and the whole first reminder lies in the
 * past — the later save, through the portal, happens at today's date.
 */
function storyStart(): Date {
  const start = addMonths(new Date(), -8);
  start.setUTCDate(15);
  start.setUTCHours(12, 0, 0, 0);
  return start;
}

const statuses = (inUse: Channel[]): Record<Channel, ChannelStatus> =>
  Object.fromEntries(CHANNELS.map((c) => [c, inUse.includes(c) ? 'in_use' : 'unaware'])) as Record<Channel, ChannelStatus>;

/** A member with a business whose channels were last saved at `savedAt`. */
async function memberWithChannels(savedAt: Date, locale: User['locale'] = 'nl') {
  const member = await createUser(db(), { role: 'member', locale });
  if (!member.viewer) throw new Error('factory member may not act');
  const business = await createBusiness(db(), { ownerId: member.user.id, channels: { website: 'in_use' } });
  await db().update(businesses).set({ channelsUpdatedAt: savedAt }).where(eq(businesses.id, business.id));
  return { ...member, viewer: member.viewer, business };
}

const mailsTo = (email: string) => db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).orderBy(emailOutbox.createdAt);
const remind = (now: Date) => queueChannelReminders(db(), now, CONTEXT);
const reminderAt = async (businessId: string) =>
  (await db().select({ at: businesses.channelReminderAt }).from(businesses).where(eq(businesses.id, businessId)))[0]?.at ?? null;

/** Staff's setting back to the default, so each test starts from it whatever ran before. */
async function resetReminderMonths() {
  await db().delete(portalSettings).where(eq(portalSettings.key, 'reminderMonths'));
}

describe('the reminder to update the channels', () => {
  it('is not queued at five months, and once per member at six months and a day, in their language, with the links', async () => {
    const start = storyStart();
    const members = await Promise.all((['nl', 'fr', 'en'] as const).map((locale) => memberWithChannels(start, locale)));

    await remind(addMonths(start, 5));
    for (const member of members) expect(await mailsTo(member.email)).toHaveLength(0);

    const due = plusDays(addMonths(start, 6), 1);
    await remind(due);
    const expected = {
      nl: { subject: 'Hoe staan je digitale kanalen er nu voor?', phrase: 'Werk je kanalen bij via deze link' },
      fr: { subject: 'Où en sont vos canaux numériques ?', phrase: 'Mettez vos canaux à jour via ce lien' },
      en: { subject: 'How are your digital channels doing now?', phrase: 'Update your channels through this link' },
    };
    for (const member of members) {
      const locale = member.user.locale;
      const mails = await mailsTo(member.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ subject: expected[locale].subject, status: 'outbox_only' });
      expect(mails[0]!.bodyText).toContain(expected[locale].phrase);
      expect(mails[0]!.bodyText).toContain(`https://kantelpunt.example.be/${locale}/member/channels`);
      expect(mails[0]!.bodyText).toContain(`https://kantelpunt.example.be/${locale}/member/data`);
      expect(await reminderAt(member.business.id)).toEqual(due);
    }
  });

  it('is queued once per save: not again the same day, nor a month later', async () => {
    const start = storyStart();
    const member = await memberWithChannels(start);
    const due = plusDays(addMonths(start, 6), 1);
    expect((await remind(due)).queued).toBeGreaterThanOrEqual(1);
    await remind(new Date(due.getTime() + 3_600_000));
    await remind(addMonths(due, 1));
    expect(await mailsTo(member.email)).toHaveLength(1);
    expect(await reminderAt(member.business.id)).toEqual(due);
  });

  it('counts again from the member’s next save of the channels', async () => {
    const start = storyStart();
    const member = await memberWithChannels(start);
    await remind(plusDays(addMonths(start, 6), 1));
    expect(await mailsTo(member.email)).toHaveLength(1);

    // The member follows the link and saves the channels (today, through the portal).
    const before = new Date();
    const saved = await saveOwnChannels(db(), member.viewer, statuses(['website', 'instagram']), member.business.version);
    expect(saved.ok).toBe(true);
    const [row] = await db().select({ at: businesses.channelsUpdatedAt }).from(businesses).where(eq(businesses.id, member.business.id));
    const savedAt = row!.at!;
    expect(savedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());

    await remind(plusDays(addMonths(savedAt, 6), -1));
    expect(await mailsTo(member.email)).toHaveLength(1);
    await remind(plusDays(addMonths(savedAt, 6), 1));
    expect(await mailsTo(member.email)).toHaveLength(2);
  });

  it('is not sent to a member who turned it off', async () => {
    const start = storyStart();
    const member = await memberWithChannels(start);
    await setOwnChannelReminders(db(), member.viewer, false);
    await remind(plusDays(addMonths(start, 6), 1));
    await remind(addMonths(start, 12));
    expect(await mailsTo(member.email)).toHaveLength(0);
    expect(await reminderAt(member.business.id)).toBeNull();
  });

  it('is not sent to a closed account, nor to a deactivated member', async () => {
    const start = storyStart();
    const closing = await memberWithChannels(start);
    await closeOwnAccount(db(), closing.viewer);
    const deactivated = await memberWithChannels(start);
    await db().update(users).set({ status: 'deactivated' }).where(eq(users.id, deactivated.user.id));

    await remind(plusDays(addMonths(start, 6), 1));
    expect(await mailsTo(closing.email)).toHaveLength(0);
    expect(await mailsTo(`closed-${closing.user.id}@invalid.kantelpunt`)).toHaveLength(0);
    expect(await mailsTo(deactivated.email)).toHaveLength(0);
    expect(await reminderAt(deactivated.business.id)).toBeNull();
  });

  it('comes at three months when staff set three', async () => {
    const staff = await createStaff(db());
    expect(await changeReminderMonths(db(), staff, 3)).toEqual({ ok: true });
    try {
      const start = storyStart();
      const member = await memberWithChannels(start);
      await remind(plusDays(addMonths(start, 3), -1));
      expect(await mailsTo(member.email)).toHaveLength(0);
      await remind(plusDays(addMonths(start, 3), 1));
      expect(await mailsTo(member.email)).toHaveLength(1);
    } finally {
      await resetReminderMonths();
    }
  });

  it('is queued once when two runs claim at the same moment', async () => {
    const start = storyStart();
    const member = await memberWithChannels(start);
    const due = plusDays(addMonths(start, 6), 1);
    await Promise.all([remind(due), remind(due)]);
    expect(await mailsTo(member.email)).toHaveLength(1);
  });
});

describe('the reminder job', () => {
  it('is added once while one is pending or recent, and queues the due reminders with links from APP_URL', async () => {
    const member = await memberWithChannels(addMonths(new Date(), -7));
    expect(await enqueueChannelRemindersIfIdle(db())).toBe(true);
    expect(await enqueueChannelRemindersIfIdle(db())).toBe(false);
    expect(await db().$count(jobs, eq(jobs.kind, 'channel_reminders'))).toBe(1);

    await runPendingJobs(db());
    const [job] = await db().select().from(jobs).where(eq(jobs.kind, 'channel_reminders'));
    expect(job).toMatchObject({ status: 'done' });
    expect((job!.result as { queued: number }).queued).toBeGreaterThanOrEqual(1);
    const mails = await mailsTo(member.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.bodyText).toContain(`${appUrl()}/nl/member/channels`);

    // Finished a moment ago: the next hourly sweep adds none yet.
    expect(await enqueueChannelRemindersIfIdle(db())).toBe(false);
  });
});

describe('a member’s reminder choice', () => {
  it('changes only the member’s own flag, audited once per change', async () => {
    const [a, b] = await Promise.all([createViewer(db()), createViewer(db())]);
    expect(await getOwnChannelReminders(db(), a)).toBe(true);

    await setOwnChannelReminders(db(), a, false);
    await setOwnChannelReminders(db(), a, false);
    expect(await getOwnChannelReminders(db(), a)).toBe(false);
    expect(await getOwnChannelReminders(db(), b)).toBe(true);
    const offEvents = and(eq(auditEvents.action, 'member.channel_reminders_off'), eq(auditEvents.entityId, a.id));
    expect(await db().$count(auditEvents, offEvents)).toBe(1);
    expect(await db().$count(auditEvents, eq(auditEvents.entityId, b.id))).toBe(0);

    await setOwnChannelReminders(db(), a, true);
    expect(await getOwnChannelReminders(db(), a)).toBe(true);
  });

  it('is the member’s alone: advisors and staff are refused', async () => {
    const advisor = await createAdvisor(db(), ['BE-VLI']);
    const staff = await createStaff(db());
    await expect(setOwnChannelReminders(db(), advisor, false)).rejects.toThrow(AccessDenied);
    await expect(setOwnChannelReminders(db(), staff, false)).rejects.toThrow(AccessDenied);
    await expect(setOwnChannelReminders(db(), null, false)).rejects.toThrow(AccessDenied);
  });
});

describe('staff’s reminder setting', () => {
  it('is six months until staff change it, and every signed-in role may read it', async () => {
    await resetReminderMonths();
    const member = await createViewer(db());
    expect(await getReminderMonths(db(), member)).toBe(6);
    expect(await getReminderSetting(db(), await createStaff(db()))).toEqual({ months: 6, changedAt: null, changedBy: null });
  });

  it('refuses members and advisors, and writes nothing', async () => {
    await resetReminderMonths();
    const member = await createViewer(db());
    const advisor = await createAdvisor(db(), ['BE-WLG']);
    await expect(changeReminderMonths(db(), member, 3)).rejects.toThrow(AccessDenied);
    await expect(changeReminderMonths(db(), advisor, 3)).rejects.toThrow(AccessDenied);
    await expect(getReminderSetting(db(), advisor)).rejects.toThrow(AccessDenied);
    expect(await db().$count(portalSettings)).toBe(0);
  });

  it('refuses a value outside 1–24 or not whole, and writes nothing', async () => {
    await resetReminderMonths();
    const staff = await createStaff(db());
    for (const months of [0, 25, -3, 2.5, Number.NaN]) {
      expect(await changeReminderMonths(db(), staff, months)).toEqual({ ok: false, problem: 'out_of_range' });
    }
    expect(await db().$count(portalSettings)).toBe(0);
    expect(await db().$count(auditEvents, and(eq(auditEvents.action, 'settings.changed'), eq(auditEvents.actorId, staff.id)))).toBe(0);
  });

  it('reads the form’s number as people type it and refuses text, decimals and the range’s outside', () => {
    const field = reminderMonthsField('range');
    for (const typed of ['0', '25', 'abc', '2.5', '', '0x10', 'true']) expect(field.safeParse(typed).success, typed).toBe(false);
    expect(field.safeParse('1').data).toBe(1);
    expect(field.safeParse(' 12 ').data).toBe(12);
    expect(field.safeParse('24').data).toBe(24);
  });

  it('is stored with who changed it and an audit event', async () => {
    await resetReminderMonths();
    const staff = await createStaff(db());
    try {
      expect(await changeReminderMonths(db(), staff, 12)).toEqual({ ok: true });
      const setting = await getReminderSetting(db(), staff);
      expect(setting).toMatchObject({ months: 12, changedBy: staff.name });
      expect(setting.changedAt).toBeInstanceOf(Date);
      const [event] = await db()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'settings.changed'), eq(auditEvents.actorId, staff.id)));
      expect(event).toMatchObject({ actorRole: 'staff', entityType: 'portal_setting', entityId: 'reminderMonths', details: { from: 6, to: 12 } });
    } finally {
      await resetReminderMonths();
    }
  });
});
