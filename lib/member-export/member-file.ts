import type { ExportBatches, ExportRow } from '@/lib/member-export/dal/exports';
import { CHANNELS, type Channel } from '@/lib/domain/channels';
import { formatEnterpriseNumber } from '@/lib/domain/enterprise-number';
import { csvField, csvLine, neutralise, type CellValue, type CsvDialect } from './cells';
import { xlsxFile, type XlsxCell } from './xlsx-writer';

/** What the columns are called and how codes read, in the exporter's language. */
export interface ExportLabels {
  columns: Record<(typeof COLUMN_KEYS)[number], string>;
  channels: Record<Channel, string>;
  channelStatus: Record<string, string>;
  classes: Record<string, string>;
  provinces: Record<string, string>;
  /** A stored reason ({ code, …values }) as a sentence. */
  reason: (reason: { code: string } & Record<string, unknown>) => string;
}

export const COLUMN_KEYS = [
  'name',
  'enterpriseNumber',
  'postcode',
  'locality',
  'province',
  'naceCode',
  'sector',
  'employees',
  'revenueChange',
  'digitalScore',
  'class',
  'computedClass',
  'override',
  'overrideReason',
  'classReasons',
  'coachingPriority',
  'advisor',
  'lastContact',
  'nextFollowUp',
  'nextFollowUpOwner',
  'updated',
] as const;

export interface Column {
  header: string;
  kind: 'text' | 'number' | 'date';
  value: (row: ExportRow) => CellValue;
}

/**
 * The exported columns, documented in the README and on the exports page: the member and its
 * place, sector code and label, revenue, score, class with reasons and override, priority, advisor,
 * follow-ups, then one column per digital channel with its status.
 */
export function memberColumns(labels: ExportLabels): Column[] {
  // Many members share the same reasons; remember the latest few thousand texts (bounded memory).
  const reasonsText = new Map<string, string>();
  const reasons = (json: string) => {
    let text = reasonsText.get(json);
    if (text === undefined) {
      text = (JSON.parse(json) as Array<{ code: string } & Record<string, unknown>>).map(labels.reason).join(' · ');
      if (reasonsText.size >= 5_000) reasonsText.clear();
      reasonsText.set(json, text);
    }
    return text;
  };
  const byKey: Record<(typeof COLUMN_KEYS)[number], Omit<Column, 'header'>> = {
    name: { kind: 'text', value: (r) => r.name },
    enterpriseNumber: { kind: 'text', value: (r) => formatEnterpriseNumber(r.enterprise_number) },
    postcode: { kind: 'text', value: (r) => r.postcode },
    locality: { kind: 'text', value: (r) => r.locality },
    province: { kind: 'text', value: (r) => (r.province ? (labels.provinces[r.province] ?? r.province) : null) },
    naceCode: { kind: 'text', value: (r) => r.nace_code },
    sector: { kind: 'text', value: (r) => r.sector },
    employees: { kind: 'text', value: (r) => r.employees_band },
    revenueChange: { kind: 'number', value: (r) => r.revenue_change_pct },
    digitalScore: { kind: 'number', value: (r) => r.digital_score },
    class: { kind: 'text', value: (r) => labels.classes[r.effective_class] ?? r.effective_class },
    computedClass: { kind: 'text', value: (r) => labels.classes[r.computed_class] ?? r.computed_class },
    override: { kind: 'text', value: (r) => (r.override_class ? (labels.classes[r.override_class] ?? r.override_class) : null) },
    overrideReason: { kind: 'text', value: (r) => r.override_reason },
    classReasons: { kind: 'text', value: (r) => reasons(r.class_reasons) },
    coachingPriority: { kind: 'number', value: (r) => r.coaching_priority },
    advisor: { kind: 'text', value: (r) => r.advisor },
    lastContact: { kind: 'date', value: (r) => r.last_contact },
    nextFollowUp: { kind: 'date', value: (r) => r.next_follow_up },
    nextFollowUpOwner: { kind: 'text', value: (r) => r.next_owner },
    updated: { kind: 'date', value: (r) => r.updated },
  };
  // The channel columns of one row read the same "channel=status,…" text: split it once per row.
  let lastRow: ExportRow | null = null;
  let lastStatuses: Record<string, string> = {};
  const statusOf = (row: ExportRow, channel: Channel) => {
    if (row !== lastRow) {
      lastRow = row;
      lastStatuses = {};
      for (const pair of (row.channels ?? '').split(',')) {
        const [name, status] = pair.split('=');
        if (name && status) lastStatuses[name] = status;
      }
    }
    return labels.channelStatus[lastStatuses[channel] ?? 'unaware'] ?? null;
  };
  return [
    ...COLUMN_KEYS.map((key) => ({ header: labels.columns[key], ...byKey[key] })),
    ...CHANNELS.map((channel) => ({ header: labels.channels[channel], kind: 'text' as const, value: (r: ExportRow) => statusOf(r, channel) })),
  ];
}

/** A CSV file as a stream: the dialect's BOM, a header line, then one line per member as the batches arrive. */
export function csvStream(batches: ExportBatches, columns: Column[], dialect: CsvDialect): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(
          encoder.encode(
            (dialect.bom ? '\uFEFF' : '') +
              csvLine(
                columns.map((c) => c.header),
                dialect,
              ),
          ),
        );
        return;
      }
      try {
        const next = await batches.next();
        if (next.done) return controller.close();
        // One string per batch, built without intermediate arrays: this loop is the export's hot path.
        let text = '';
        for (const row of next.value) {
          for (let i = 0; i < columns.length; i++) text += (i === 0 ? '' : dialect.separator) + csvField(columns[i]!.value(row), dialect);
          text += '\r\n';
        }
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return();
    },
  });
}

/** "2026-11-23 14:30" (Brussels) as a date Excel shows as that same wall-clock time. */
function excelDate(text: CellValue): Date | null {
  if (typeof text !== 'string') return null;
  const [date, time] = text.split(' ') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

/**
 * An XLSX workbook as a stream (lib/member-export/xlsx-writer.ts): a frozen bold header row, numbers as
 * numbers and times as dates; text neutralised like in CSV. Like the CSV stream it reads the next
 * batch only when the download has taken what came before, so memory stays bounded and the
 * database is about a batch ahead; a cancelled download closes the batches (and so the cursor).
 */
export function xlsxStream(batches: ExportBatches, columns: Column[], sheetName: string): ReadableStream<Uint8Array> {
  const cell = (row: ExportRow, i: number): XlsxCell => {
    const column = columns[i]!;
    const value = column.value(row);
    if (value === null) return null;
    return column.kind === 'date' ? excelDate(value) : column.kind === 'text' ? neutralise(String(value)) : value;
  };
  const file = xlsxFile(
    sheetName,
    columns.map((c) => ({ header: c.header, width: c.kind === 'date' ? 17 : c.kind === 'number' ? 10 : 24 })),
    batches,
    cell,
  );
  // One chunk of the file per pull of the download; cancelling it destroys the file, which ends the batches.
  const chunks = file[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}
