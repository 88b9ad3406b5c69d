/**
 * iCalendar (RFC 5545) text for follow-ups: one event as an invitation to download, or many as a
 * subscribed feed. Written by hand because the format is small: CRLF line ends, lines folded at 75
 * octets, text values escaped, times in UTC.
 */
export interface CalendarEvent {
  uid: string;
  start: Date;
  durationMinutes: number;
  summary: string;
  description?: string;
  url?: string;
  /** Increases with every change, so a calendar replaces its copy. */
  sequence?: number;
  lastModified?: Date;
}

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74; // continuation lines lose one octet to the leading space
    if (size + length > limit) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

export function buildCalendar(events: CalendarEvent[], options: { name?: string; now?: Date } = {}): string {
  const now = options.now ?? new Date();
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kantelpunt//Follow-ups//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${formatUtc(now)}`,
      `DTSTART:${formatUtc(event.start)}`,
      `DTEND:${formatUtc(new Date(event.start.getTime() + event.durationMinutes * 60_000))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    if (event.sequence !== undefined) lines.push(`SEQUENCE:${event.sequence}`);
    if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
