/**
 * Dates as people in Belgium type and read them. A `datetime-local` field sends wall-clock time
 * without a zone ("2026-11-23T14:30"); the programme runs in Europe/Brussels, whatever the
 * server's own zone, so that is how such a value is read and shown back.
 */
/** The programme's time zone, for Intl, next-intl and SQL (`at time zone`) alike. */
export const TIME_ZONE = 'Europe/Brussels';

// Hand-written on top of Intl rather than a time-zone library (@date-fns/tz would do): four small
// functions that need only the offset at an instant, which Intl already knows from the system's
// tz database. The daylight-saving cases are pinned by tests/unit/brussels-time.test.ts: a
// wall-clock time skipped in March (02:30) moves forward by the skipped hour (03:30 summer
// time), and one that happens twice in October (02:30) is read as the second, winter-time one.

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallClock(date: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const value = (type: string) => Number(parts.formatToParts(date).find((p) => p.type === type)?.value);
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute'), second: value('second') };
}

/** Brussels' offset from UTC at an instant, in milliseconds (one or two hours). */
function offsetAt(date: Date): number {
  const w = wallClock(date);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(date.getTime() / 1000) * 1000;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-11-23T14:30" in Brussels as an instant; null when the text is not such a value or no such day exists. */
export function parseBrusselsLocal(text: string): Date | null {
  const match = LOCAL_INPUT.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Guess with the offset at the wall-clock time read as UTC, then correct once (daylight saving changes).
  let instant = asUtc - offsetAt(new Date(asUtc));
  instant = asUtc - offsetAt(new Date(instant));
  return new Date(instant);
}

/** An instant as a `datetime-local` value in Brussels ("2026-11-23T14:30"). */
export function toBrusselsLocalInput(date: Date): string {
  const w = wallClock(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The Brussels calendar day of an instant, "2026-11-23". */
export function brusselsDay(date: Date): string {
  return toBrusselsLocalInput(date).slice(0, 10);
}

/** Midnight at the start of the Brussels day `days` after the one holding `date`. */
export function startOfBrusselsDay(date: Date, days = 0): Date {
  const [year, month, day] = brusselsDay(date).split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return parseBrusselsLocal(`${next.toISOString().slice(0, 10)}T00:00`)!;
}
