import { describe, expect, it } from 'vitest';
import { csvField, csvLine, EXCEL_BE, neutralise, STANDARD } from '@/lib/member-export/cells';

describe('export cells', () => {
  it.each(['=', '+', '-', '@', '\t', '\r', '\n'])('neutralise text starting with %j', (start) => {
    const text = `${start}HYPERLINK("http://evil.example","klik")`;
    expect(neutralise(text)).toBe(`'${text}`);
    expect(csvField(text, STANDARD).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('leave ordinary text and numbers alone', () => {
    expect(neutralise('Frituur De Gouden Friet')).toBe('Frituur De Gouden Friet');
    expect(neutralise('Hasselt = centrum')).toBe('Hasselt = centrum');
    expect(csvField(-41, STANDARD)).toBe('-41');
    expect(csvField(-12.5, EXCEL_BE)).toBe('-12,5');
    expect(csvField(12.5, STANDARD)).toBe('12.5');
  });

  it('quote separators, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('Bakkerij "De Zoete Inval", Hasselt', STANDARD)).toBe('"Bakkerij ""De Zoete Inval"", Hasselt"');
    expect(csvField('a;b', EXCEL_BE)).toBe('"a;b"');
    expect(csvField('regel 1\nregel 2', STANDARD)).toBe('"regel 1\nregel 2"');
    expect(csvField(null, STANDARD)).toBe('');
  });

  it('join a line with the dialect’s separator and CRLF', () => {
    expect(csvLine(['Lotus', 3740, null, 'x'], EXCEL_BE)).toBe('Lotus;3740;;x\r\n');
    expect(csvLine(['Lotus', 3740, null, 'x'], STANDARD)).toBe('Lotus,3740,,x\r\n');
    expect(EXCEL_BE.bom && !STANDARD.bom).toBe(true);
  });
});
