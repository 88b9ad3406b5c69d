import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import yauzl, { type Entry } from 'yauzl';
import type { ExportRow } from '@/lib/member-export/dal/exports';
import { xlsxStream, type Column } from '@/lib/member-export/member-file';
import { columnLetters, xlsxFile, xmlText } from '@/lib/member-export/xlsx-writer';
import { partText, readBack } from '../support/xlsx';

// Rows as the export query returns them; the test columns read only a few fields.
const row = (fields: Partial<ExportRow>): ExportRow => ({ name: 'Lotus', revenue_change_pct: null, updated: '2026-11-23 14:30', ...fields }) as ExportRow;
const columns: Column[] = [
  { header: 'Onderneming', kind: 'text', value: (r) => r.name },
  { header: 'Omzet', kind: 'number', value: (r) => r.revenue_change_pct },
  { header: 'Bijgewerkt', kind: 'date', value: (r) => r.updated },
];

async function* inBatches<T>(batches: T[][]) {
  yield* batches;
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

const sheetOf = (bytes: Buffer, name = 'Leden') => readBack(bytes, name);

/** Whether the cells of a row use a style whose font is bold. */
async function boldRow(bytes: Buffer, row: number): Promise<boolean[]> {
  const styles = await partText(bytes, 'xl/styles.xml');
  const fonts = [...(/<fonts\b[^>]*>(.*?)<\/fonts>/s.exec(styles)?.[1] ?? '').matchAll(/<font\b.*?<\/font>/gs)].map((m) => m[0].includes('<b/>'));
  const xfs = [...(/<cellXfs\b[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) =>
    Number(/fontId="(\d+)"/.exec(m[0])?.[1] ?? 0),
  );
  const rowXml = new RegExp(`<row r="${row}"[^>]*>(.*?)</row>`, 's').exec((await readBack(bytes)).sheetXml)?.[1] ?? '';
  return [...rowXml.matchAll(/<c\b[^>]*>/g)].map((m) => fonts[xfs[Number(/\bs="(\d+)"/.exec(m[0])?.[1] ?? 0)]!]!);
}

/**
 * The archive as a ZIP reader other than the portal's sees it: every entry inflated and its size and CRC-32 (Node's
 * own zlib.crc32, not the writer's) checked against the central directory. Returns the entry names in order.
 */
async function checkedEntries(bytes: Buffer): Promise<string[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const names: string[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      names.push(entry.fileName);
      zip.openReadStream(entry, async (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        const content = Buffer.concat(chunks);
        if (content.length !== entry.uncompressedSize || crc32(content) !== entry.crc32)
          return reject(new Error(`${entry.fileName}: size or CRC-32 does not match`));
        zip.readEntry();
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return names;
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

    expect(await checkedEntries(bytes)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
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
    const file = xlsxFile('Leden: 2026/11 [alle] & meer, een veel te lange naam', [{ header: 'A', width: 10 }], inBatches([[1, 2]]), (n: number) => n);
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    const sheet = await readBack(Buffer.concat(chunks));
    expect(sheet.name).toBe('Leden  2026 11  alle  & meer, e'); // cut at 31 characters
    expect([1, 2, 3].map((r) => sheet.cell(`A${r}`)?.value)).toEqual(['A', 1, 2]);
  });

  it('asks for the next batch only as the download takes the file, and ends the batches when it is cancelled', async () => {
    // 200 batches of 1,000 members (about 25 MB of sheet XML), with names that vary as real ones do.
    const total = 200;
    const members = (b: number) =>
      Array.from({ length: 1000 }, (_, i) =>
        row({ name: `Lid ${b}-${i} ${(((b * 1000 + i) * 2654435761) % 2 ** 32).toString(36)}`, revenue_change_pct: ((i * 37) % 150) - 80 }),
      );
    let asked = 0;
    let ended!: () => void;
    const batchesEnded = new Promise<void>((resolve) => (ended = resolve));
    const batches = {
      async next(): Promise<IteratorResult<ExportRow[]>> {
        asked++;
        return asked > total ? { done: true, value: undefined } : { done: false, value: members(asked) };
      },
      async return() {
        ended();
        return { done: true as const, value: undefined };
      },
    };
    const reader = xlsxStream(batches, columns, 'Leden').getReader();
    // The download takes the first 200 kB of the file (a batch is about 24 kB deflated) and goes away.
    for (let taken = 0; taken < 200_000;) {
      const { done, value } = await reader.read();
      expect(done).toBe(false);
      taken += value!.length;
    }
    await reader.cancel();
    await batchesEnded; // the batches were ended (a test that never gets here fails on its time limit)
    // The batches it took, and the few the ZIP's compressor holds (a few slices of the sheet per stage): measured 10.
    // An export that read on regardless of the download would have asked for every batch before the first piece came.
    expect(asked).toBeGreaterThanOrEqual(8);
    expect(asked).toBeLessThanOrEqual(20);
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
    expect(xmlText('a & b < c > d "e" \'f\'')).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; 'f'");
    expect(xmlText('tab\tline\nreturn\r')).toBe('tab\tline\nreturn&#13;');
    expect(xmlText('nul\u0000 bell\u0007 \uFFFF \uD800lone 🥐')).toBe('nul bell  lone 🥐');
    expect(xmlText('plain')).toBe('plain');
  });

  it('name columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
