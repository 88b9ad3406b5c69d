import 'server-only';
import type { Database } from '@/db/client';
import type { AppLocale } from '@/i18n/routing';
import { getTranslations } from '@/lib/i18n/server';
import type { Viewer } from '@/lib/dal/load-viewer';
import { classChangesByMonth, followUpsByWeek, overdueFollowUps, scoreBandCounts, scoreChanges, tippedToWinner } from '@/lib/dal/programme-history';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { FOLLOW_UP_KINDS } from '@/lib/domain/follow-ups';
import type { CellValue } from '@/lib/member-export/cells';
import {
  activityByAdvisor,
  changesByContactBand,
  changesByMonth,
  CHANGE_BANDS,
  CONTACT_BANDS,
  followUpsPerWeek,
  scoreDistribution,
  scoreProgress,
} from './history-series';
import { defaultFrom, monthOf, monthsBetween, periodStart, weeksBetween } from './periods';
import type { ProgrammeFilter } from './filter';

/** A figure's data as its table view shows it and its CSV download holds it: one source for both. */
export interface FigureTable {
  head: string[];
  /** The first cell of each row names it; the others are figures. */
  rows: CellValue[][];
}

/** How many tipped members the page lists; the download holds them all up to TIPPED_CSV_LIMIT. */
const TIPPED_PAGE_LIMIT = 10;
const TIPPED_CSV_LIMIT = 10_000;

const narrowed = (filter: ProgrammeFilter) => ({ province: filter.province, division: filter.sector });

/**
 * The period's first day: the first of the filter's month, else twelve months back. Whole months,
 * so the monthly counts and the list of tipped members always cover the same days.
 */
export const periodFrom = (filter: ProgrammeFilter, now: Date) => monthOf(filter.from ?? defaultFrom(now));

function labels(locale: AppLocale) {
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Brussels' });
  return {
    month: (first: string) => month.format(new Date(`${first}T00:00:00Z`)),
    week: (monday: string) => day.format(new Date(`${monday}T00:00:00Z`)),
    date: (at: Date) => date.format(at),
  };
}

/** Tipping over time: class changes per month by the class joined, and by time since the first contact. */
export async function tippingFigures(db: Database, viewer: Viewer, filter: ProgrammeFilter, locale: AppLocale, now: Date) {
  const from = periodFrom(filter, now);
  const [counts, t, tClasses] = await Promise.all([
    classChangesByMonth(db, viewer, narrowed(filter), from),
    getTranslations({ locale, namespace: 'programme' }),
    getTranslations({ locale, namespace: 'classes' }),
  ]);
  const label = labels(locale);
  const months = changesByMonth(counts, monthsBetween(from, now));
  const bands = changesByContactBand(counts);
  const monthTable: FigureTable = {
    head: [t('month'), ...CRISIS_CLASSES.map((c) => t('toClass', { class: tClasses(c) })), t('total'), t('tippedColumn')],
    rows: months.map((m) => [label.month(m.month), ...CRISIS_CLASSES.map((c) => m.byClass[c]), m.total, m.tipped]),
  };
  const contact: FigureTable = {
    head: [t('contactBandColumn'), t('changesColumn')],
    rows: CONTACT_BANDS.map((band) => [t(`contactBand.${band}`), bands[band]]),
  };
  return {
    months,
    monthLabel: label.month,
    bands,
    tipped: months.reduce((sum, m) => sum + m.tipped, 0),
    changes: months.reduce((sum, m) => sum + m.total, 0),
    tables: { months: monthTable, contact },
  };
}

/** The members who tipped from a losing class to winner in the period, newest first (how many in all: tippingFigures). */
export async function tippedFigure(db: Database, viewer: Viewer, filter: ProgrammeFilter, locale: AppLocale, now: Date, limit = TIPPED_PAGE_LIMIT) {
  const [members, t, tClasses] = await Promise.all([
    tippedToWinner(db, viewer, narrowed(filter), periodStart(periodFrom(filter, now)), limit),
    getTranslations({ locale, namespace: 'programme' }),
    getTranslations({ locale, namespace: 'classes' }),
  ]);
  const label = labels(locale);
  const table: FigureTable = {
    head: [t('memberColumn'), t('localityColumn'), t('fromColumn'), t('dateColumn'), t('advisorColumn'), t('contactsColumn')],
    rows: members.map((m) => [m.name, m.locality ?? '', tClasses(m.fromClass), label.date(m.changedAt), m.advisorName ?? t('noAdvisor'), m.contacts]),
  };
  return { members, table };
}

/** The tipped members for the download: all of them (up to a limit no region reaches). */
export const tippedForDownload = (db: Database, viewer: Viewer, filter: ProgrammeFilter, locale: AppLocale, now: Date) =>
  tippedFigure(db, viewer, filter, locale, now, TIPPED_CSV_LIMIT);

/** The digital score: members per band now, and the change since the first assessment, coached or not. */
export async function scoreFigures(db: Database, viewer: Viewer, filter: ProgrammeFilter, locale: AppLocale) {
  const [bands, changes, t] = await Promise.all([
    scoreBandCounts(db, viewer, narrowed(filter)),
    scoreChanges(db, viewer, narrowed(filter)),
    getTranslations({ locale, namespace: 'programme' }),
  ]);
  const distribution = scoreDistribution(bands);
  const progress = scoreProgress(changes);
  const bandLabel = (band: number) => (band < 0 ? t('noScore') : band === 9 ? '90–100' : `${band * 10}–${band * 10 + 9}`);
  const groupLabel = (coached: boolean) => (coached ? t('coached') : t('notCoached'));
  return {
    distribution: distribution.map((d) => ({ ...d, label: bandLabel(d.band) })),
    progress: progress.map((p) => ({ ...p, label: groupLabel(p.coached) })),
    tables: {
      bands: { head: [t('scoreBandColumn'), t('membersColumn')], rows: distribution.map((d) => [bandLabel(d.band), d.businesses]) } satisfies FigureTable,
      change: {
        head: [t('groupColumn'), t('membersColumn'), t('meanChangeColumn'), ...CHANGE_BANDS.map((band) => t(`changeBand.${band}`))],
        rows: progress.map((p) => [groupLabel(p.coached), p.members, p.meanChange ?? '', ...CHANGE_BANDS.map((band) => p.byBand[band])]),
      } satisfies FigureTable,
    },
  };
}

/** Coaching activity: follow-ups per week by kind, per advisor, and the overdue ones. */
export async function coachingFigures(db: Database, viewer: Viewer, filter: ProgrammeFilter, locale: AppLocale, now: Date) {
  const from = periodFrom(filter, now);
  const [counts, overdue, t, tKinds] = await Promise.all([
    followUpsByWeek(db, viewer, narrowed(filter), from),
    overdueFollowUps(db, viewer, narrowed(filter)),
    getTranslations({ locale, namespace: 'programme' }),
    getTranslations({ locale, namespace: 'followUpKinds' }),
  ]);
  const label = labels(locale);
  const weeks = followUpsPerWeek(counts, weeksBetween(from, now));
  const advisors = activityByAdvisor(counts);
  return {
    weeks,
    weekLabel: label.week,
    advisors,
    overdue,
    contacts: weeks.reduce((sum, w) => sum + w.total, 0),
    tables: {
      weeks: {
        head: [t('weekColumn'), ...FOLLOW_UP_KINDS.map((kind) => tKinds(kind)), t('contactsTotal'), t('openColumn')],
        rows: weeks.map((w) => [label.week(w.week), ...FOLLOW_UP_KINDS.map((kind) => w.done[kind]), w.total, w.open]),
      } satisfies FigureTable,
      advisors: {
        head: [t('advisorColumn'), ...FOLLOW_UP_KINDS.map((kind) => tKinds(kind)), t('contactsTotal'), t('openColumn'), t('cancelledColumn')],
        rows: advisors.map((a) => [a.name, ...FOLLOW_UP_KINDS.map((kind) => a.done[kind]), a.doneTotal, a.open, a.cancelled]),
      } satisfies FigureTable,
    },
  };
}
