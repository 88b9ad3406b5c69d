import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportRow } from '@/lib/dal/exports';
import { xlsxStream, type Column } from '@/lib/export/member-file';
import { columnLetters, XlsxWriter, xmlText } from '@/lib/export/xlsx-writer';
import { crc32 } from '@/lib/export/zip-stream';
import { partText, readBack } from '../support/xlsx';

// Rows as the export query returns them; the test columns read only a few fields.
const row = (fields: Partial<ExportRow>): ExportRow => ({ name: 'Lotus', revenue_change_pct: null, updated: '2026-11-23 14:30', ...fields }) as ExportRow;
const columns: Column[] = [
  { header: 'Onderneming', kind: 'text', value: (r) => r.name },
  { header: 'Omzet', kind: 'number', value: (r) => r.revenue_change_pct },
  { header: 'Bijgewerkt', kind: 'date', value: (r) => r.updated },
];

async function* inBatches(batches: ExportRow[][], log: { pulled: number; closed: boolean } = { pulled: 0, closed: false }) {
  try {
    for (const batch of batches) {
      log.pulled++;
      yield batch;
    }
  } finally {
    log.closed = true;
  }
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

const sheetOf = (bytes: Buffer, name = 'Leden') => readBack(bytes, name);

/** Whether the cells of a row use a style whose font is bold. */
async function boldRow(bytes: Buffer, row: number): Promise<boolean[]> {
  const styles = await partText(bytes, 'xl/styles.xml');
  const fonts = [...(/<fonts\b[^>]*>(.*?)<\/fonts>/s.exec(styles)?.[1] ?? '').matchAll(/<font\b.*?<\/font>/gs)].map((m) => m[0].includes('<b/>'));
  const xfs = [...(/<cellXfs\b[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) => Number(/fontId="(\d+)"/.exec(m[0])?.[1] ?? 0));
  const rowXml = new RegExp(`<row r="${row}"[^>]*>(.*?)</row>`, 's').exec((await readBack(bytes)).sheetXml)?.[1] ?? '';
  return [...rowXml.matchAll(/<c\b[^>]*>/g)].map((m) => fonts[xfs[Number(/\bs="(\d+)"/.exec(m[0])?.[1] ?? 0)]!]!);
}

/** `unzip -t` where it is installed: the archive's CRCs and sizes as another reader sees them. */
function unzipTest(bytes: Buffer): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-'));
  try {
    writeFileSync(path.join(dir, 'book.xlsx'), bytes);
    const result = spawnSync('unzip', ['-t', path.join(dir, 'book.xlsx')], { encoding: 'utf8' });
    if (result.error) return null; // not installed
    expect(result.status).toBe(0);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the XLSX writer', () => {
  it('writes a bold, frozen header, numbers as numbers, times as dates and neutralised, escaped text', async () => {
    const tricky = 'Bakkerij <De "Zoete" Inval> & Zonen 🥐 € é';
    const batches = [
      [row({ name: tricky, revenue_change_pct: -18 }), row({ name: '=1+1', revenue_change_pct: 12.5, updated: '2026-01-05 09:05' })],
      [row({ name: '  spaces kept ', revenue_change_pct: 0 }), row({ name: 'line\r\nbreak\ttab\u0001\u0008\uFFFE gone', updated: null as never })],
    ];
    const bytes = await bytesOf(xlsxStream(inBatches(batches), columns, 'Leden'));
    const sheet = await sheetOf(bytes);

    expect(sheet.frozenHeader).toBe(true);
    expect(sheet.values(1)).toEqual(['Onderneming', 'Omzet', 'Bijgewerkt']);
    expect(await boldRow(bytes, 1)).toEqual([true, true, true]);
    expect(await boldRow(bytes, 2)).toEqual([false, false, false]);
    expect(sheet.rowCount).toBe(5);

    expect(sheet.cell('A2')?.value).toBe(tricky);
    expect(sheet.cell('A3')?.value).toBe("'=1+1"); // text, never a formula
    expect(sheet.sheetXml).not.toContain('<f>');
    expect(sheet.cell('A4')?.value).toBe('  spaces kept ');
    expect(sheet.cell('A5')?.value).toBe('line\r\nbreak\ttab gone');

    expect(sheet.cell('B2')?.value).toBe(-18);
    expect(sheet.cell('B3')?.value).toBe(12.5);
    expect(sheet.cell('B4')?.value).toBe(0);

    // The Brussels wall-clock time, as Excel shows it (the reader gives a date serial's time as UTC fields).
    expect(sheet.cell('C2')?.value).toEqual(new Date(Date.UTC(2026, 10, 23, 14, 30)));
    expect(sheet.cell('C3')?.value).toEqual(new Date(Date.UTC(2026, 0, 5, 9, 5)));
    expect(sheet.cell('C2')?.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.cell('C5')).toBeUndefined();

    const tested = unzipTest(bytes);
    if (tested) expect(tested).toMatch(/No errors detected/);
  });

  it('writes just the header when there are no rows', async () => {
    const bytes = await bytesOf(xlsxStream(inBatches([]), columns, 'Leden'));
    const sheet = await sheetOf(bytes);
    expect(sheet.rowCount).toBe(1);
    expect(sheet.values(1)).toEqual(['Onderneming', 'Omzet', 'Bijgewerkt']);
    expect(sheet.frozenHeader).toBe(true);

    // Also when the rows end in an empty batch.
    expect((await sheetOf(await bytesOf(xlsxStream(inBatches([[row({})], []]), columns, 'Leden')))).rowCount).toBe(2);
  });

  it('gives the sheet a name Excel accepts', async () => {
    const writer = new XlsxWriter('Leden: 2026/11 [alle] & meer, een veel te lange naam', [{ header: 'A', width: 10 }]);
    const bytes = Buffer.concat([await writer.start(), await writer.addRows([1, 2], (n) => n), await writer.finish()]);
    const sheet = await readBack(bytes);
    expect(sheet.name).toBe('Leden  2026 11  alle  & meer, e'); // cut at 31 characters
    expect([1, 2, 3].map((r) => sheet.cell(`A${r}`)?.value)).toEqual(['A', 1, 2]);
  });

  it('reads the next batch only once the download took the previous one, and closes the batches when it is cancelled', async () => {
    const log = { pulled: 0, closed: false };
    const batches = Array.from({ length: 10 }, (_, b) => Array.from({ length: 100 }, (_, i) => row({ name: `Lid ${b * 100 + i}` })));
    const reader = xlsxStream(inBatches(batches, log), columns, 'Leden').getReader();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    expect(log.pulled).toBe(0); // the workbook's fixed parts wait in the stream; no rows read yet
    for (let read = 1; read <= 3; read++) {
      await reader.read();
      await settle();
      // The download took `read` chunks (the fixed parts, then batches): at most one batch is ahead.
      expect(log.pulled).toBeLessThanOrEqual(read);
    }
    expect(log.closed).toBe(false);
    await reader.cancel();
    expect(log.closed).toBe(true);
    expect(log.pulled).toBeLessThan(10);
  });

  it('fails the download when reading the batches fails', async () => {
    async function* failing(): AsyncGenerator<ExportRow[]> {
      yield [row({})];
      throw new Error('the database went away');
    }
    await expect(bytesOf(xlsxStream(failing(), columns, 'Leden'))).rejects.toThrow('the database went away');
  });
});

describe('XLSX pieces', () => {
  it('escape XML and leave out characters XML 1.0 does not allow', () => {
    expect(xmlText('a & b < c > d "e" \'f\'')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; \'f\'');
    expect(xmlText('tab\tline\nreturn\r')).toBe('tab\tline\nreturn&#13;');
    expect(xmlText('nul\u0000 bell\u0007 \uFFFF \uD800lone 🥐')).toBe('nul bell  lone 🥐');
    expect(xmlText('plain')).toBe('plain');
  });

  it('name columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('compute CRC-32 as ZIP does, also piece by piece', () => {
    const data = Buffer.from('123456789');
    expect(crc32(data)).toBe(0xcbf43926);
    expect(crc32(data.subarray(4), crc32(data.subarray(0, 4)))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });
});
