import { TIME_ZONE } from '@/lib/domain/brussels-time';

// en-CA writes dates as YYYY-MM-DD; the day is Brussels' day, as everywhere in the programme.
const day = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The name the member's browser saves the report under: one per day, sorting by date. */
export function reportFileName(madeAt: Date): string {
  return `kantelpunt-rapport-${day.format(madeAt)}.pdf`;
}
