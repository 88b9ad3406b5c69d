import { brusselsDay, parseBrusselsLocal } from '@/lib/domain/brussels-time';
import type { CrisisClass } from '@/lib/domain/classification';

/** The classes a member tips away from: losing now (shifter) or hit hard (structurally hit). */
export const LOSING_CLASSES = ['shifter', 'structurally_hit'] as const satisfies readonly CrisisClass[];

/** The earliest start of a period the dashboard accepts (the programme began with the crisis). */
export const EARLIEST_FROM = '2020-01-01';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The default period: the last twelve months, this one included ("2026-01-01" in December 2026). */
export function defaultFrom(now: Date): string {
  const [year, month] = brusselsDay(now).split('-').map(Number) as [number, number];
  return iso(new Date(Date.UTC(year, month - 12, 1)));
}

/** Whether `day` is a calendar day ("2026-02-30" is not) between EARLIEST_FROM and today in Brussels. */
export function isPeriodStart(day: string, now: Date): boolean {
  const match = DAY.exec(day);
  if (!match) return false;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  if (iso(new Date(Date.UTC(year, month - 1, date))) !== day) return false;
  return day >= EARLIEST_FROM && day <= brusselsDay(now);
}

/** The first day of the month holding `day`. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** Every month from the one holding `from` to the one holding `now`, as first days. */
export function monthsBetween(from: string, now: Date): string[] {
  const [year, month] = from.split('-').map(Number) as [number, number];
  const last = monthOf(brusselsDay(now));
  const months: string[] = [];
  for (let i = 0; ; i++) {
    const next = iso(new Date(Date.UTC(year, month - 1 + i, 1)));
    if (next > last) return months;
    months.push(next);
  }
}

/** The Monday of the week holding `day`. */
function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return iso(date);
}

/** Every week from the one holding `from` to the one holding `now`, as Mondays. */
export function weeksBetween(from: string, now: Date): string[] {
  const last = mondayOf(brusselsDay(now));
  const weeks: string[] = [];
  for (let week = mondayOf(from); week <= last;) {
    weeks.push(week);
    const next = new Date(`${week}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 7);
    week = iso(next);
  }
  return weeks;
}

/** Midnight in Brussels at the start of `day`: where a period starts. */
export function periodStart(day: string): Date {
  return parseBrusselsLocal(`${day}T00:00`)!;
}
