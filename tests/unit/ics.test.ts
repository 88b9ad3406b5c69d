import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from '@/lib/calendar/ics';

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('parses back with a real iCalendar parser to the same event', () => {
    const start = new Date('2026-12-01T09:30:00Z');
    const text = buildCalendar(
      [
        {
          uid: 'follow-up-1@kantelpunt',
          start,
          durationMinutes: 45,
          summary: 'Videogesprek met Frituur De Gouden Friet, Hasselt; 2de bezoek',
          description: `Afgesproken volgende stap: webshop testen\n\n${'lange tekst '.repeat(20)}`,
          url: 'https://kantelpunt.example.be/nl/advisor/businesses/1',
          sequence: 3,
        },
      ],
      { name: 'Kantelpunt-opvolging', now: new Date('2026-11-22T10:00:00Z') },
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('follow-up-1@kantelpunt');
    expect(event.summary).toBe('Videogesprek met Frituur De Gouden Friet, Hasselt; 2de bezoek');
    expect(event.description).toContain('Afgesproken volgende stap: webshop testen\n\nlange tekst');
    expect(event.startDate.toJSDate().toISOString()).toBe(start.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-01T10:15:00.000Z');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kantelpunt-opvolging');
  });
});
