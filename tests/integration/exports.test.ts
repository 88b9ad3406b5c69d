import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { seedDemoData } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { auditEvents, businesses, exportSlots, users } from '@/db/schema';
import type { Viewer } from '@/lib/dal/load-viewer';
import { AccessDenied } from '@/lib/dal/access';
import { exportHistory, openExport, type ExportBatches, type ExportRequest } from '@/lib/member-export/dal/exports';
import { ExportsBusy, exportsRunningHere } from '@/lib/member-export/dal/slots';
import { listTriage } from '@/lib/dal/triage';
import { EXCEL_BE, STANDARD } from '@/lib/member-export/cells';
import { toBrusselsLocalInput } from '@/lib/domain/brussels-time';
import { COLUMN_KEYS, csvStream, memberColumns, xlsxStream, type ExportLabels } from '@/lib/member-export/member-file';
import { CHANNELS } from '@/lib/domain/channels';
import { parseTriageQuery } from '@/lib/triage/query';
import { createTestDatabase, viewerByEmail, type TestDatabase } from './test-database';
import { readBack } from '../support/xlsx';

let database: TestDatabase;
const db = () => database.handle.db;
let staff: Viewer;
let tom: Viewer; // advisor Limburg, may export
let julien: Viewer; // advisor Wallonia, may not

// Labels as their keys: these tests are about what is exported, not about translations.
const labels: ExportLabels = {
  columns: Object.fromEntries(COLUMN_KEYS.map((k) => [k, k])) as ExportLabels['columns'],
  channels: Object.fromEntries(CHANNELS.map((c) => [c, c])) as ExportLabels['channels'],
  channelStatus: { unaware: 'unaware', aware: 'aware', planned: 'planned', in_use: 'in_use' },
  classes: { winner: 'winner', shifter: 'shifter', structurally_hit: 'structurally_hit', stable: 'stable', unknown: 'unknown' },
  provinces: { 'BE-VLI': 'Limburg' },
  reason: (reason) => reason.code,
};
const request = (params: Record<string, string>, extra: Partial<ExportRequest> = {}): ExportRequest => ({
  format: 'csv',
  purpose: 'Test',
  query: parseTriageQuery(params).query,
  ids: [],
  ...extra,
});

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(db());
  await seedDemoData(db());
  staff = await viewerByEmail(db(), 'staff@kantelpunt.demo');
  tom = await viewerByEmail(db(), 'adviseur.limburg@kantelpunt.demo');
  julien = await viewerByEmail(db(), 'conseiller.wallonie@kantelpunt.demo');
});
afterAll(async () => {
  await database?.destroy();
});

describe('exporting members', () => {
  it('is for staff and advisors with the permission, and keeps an advisor to their regions', async () => {
    await expect(openExport(db(), julien, request({}), 'nl')).rejects.toBeInstanceOf(AccessDenied);
    await expect(openExport(db(), null, request({}), 'nl')).rejects.toBeInstanceOf(AccessDenied);
    const { total, batches } = await openExport(db(), tom, request({}), 'nl');
    const csv = parse(await text(csvStream(batches, memberColumns(labels), STANDARD)), { columns: true }) as Array<Record<string, string>>;
    expect(csv.length).toBe(total);
    expect(total).toBe(await db().$count(businesses, eq(businesses.province, 'BE-VLI')));
    expect(new Set(csv.map((row) => row.province))).toEqual(new Set(['Limburg']));
  });

  it('writes the view’s filter and sort, names instead of ids, one column per channel, and an audit event', async () => {
    const { batches } = await openExport(db(), staff, request({ province: 'BE-VLI', sort: 'name', dir: 'asc' }, { purpose: 'Mailing webshops' }), 'nl');
    const bytes = new Uint8Array(await new Response(csvStream(batches, memberColumns(labels), EXCEL_BE)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { columns: true, delimiter: ';', bom: true }) as Array<Record<string, string>>;
    // The same members in the same order as the table shows them.
    const table = await listTriage(db(), staff, parseTriageQuery({ province: 'BE-VLI', sort: 'name', dir: 'asc', size: '100' }).query);
    expect(rows.slice(0, 100).map((r) => r.name)).toEqual(table.rows.map((r) => r.name));
    const chipShop = rows.find((r) => r.name === 'Frituur De Gouden Friet')!;
    expect(chipShop).toMatchObject({
      enterpriseNumber: expect.stringMatching(/^0712\.345\.6\d\d$/),
      locality: 'Hasselt',
      naceCode: '56.102',
      advisor: expect.any(String),
    });
    expect(chipShop.online_ordering).toBe('in_use');
    expect(chipShop.sector).toBe('Eetgelegenheden met beperkte bediening'); // the label of 56.102, not a code or "undefined"
    // Dates in Brussels wall-clock time, as the rest of the portal shows them (the zone is a query parameter).
    const [stored] = await db().select({ next: businesses.nextFollowUpAt }).from(businesses).where(eq(businesses.name, 'Frituur De Gouden Friet'));
    expect(stored?.next).toBeInstanceOf(Date);
    expect(chipShop.nextFollowUp).toBe(toBrusselsLocalInput(stored!.next!).replace('T', ' '));
    expect(Object.keys(chipShop)).toEqual([...COLUMN_KEYS, ...CHANNELS]);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'export.completed'))
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id));
    const [started] = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'export.started'))
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id));
    expect(started).toMatchObject({ actorId: staff.id, rowCount: rows.length, details: { purpose: 'Mailing webshops' } });
    expect(event).toMatchObject({ actorId: staff.id, rowCount: rows.length, details: { format: 'csv', purpose: 'Mailing webshops' } });
    expect((event!.filters as { view: string }).view).toContain('province=BE-VLI');
    expect((await exportHistory(db(), staff)).length).toBeGreaterThan(0);
    await expect(exportHistory(db(), tom)).rejects.toBeInstanceOf(AccessDenied);
  });

  it('exports only the selected rows when there is a selection, never beyond the scope', async () => {
    const [chipShop] = await db().select({ id: businesses.id }).from(businesses).where(eq(businesses.name, 'Frituur De Gouden Friet'));
    const [namur] = await db().select({ id: businesses.id }).from(businesses).where(eq(businesses.name, 'Boulangerie Renard'));
    const { total, batches } = await openExport(db(), tom, request({}, { ids: [chipShop!.id, namur!.id] }), 'nl');
    const rows = parse(await text(csvStream(batches, memberColumns(labels), STANDARD)), { columns: true }) as Array<Record<string, string>>;
    expect(total).toBe(1);
    expect(rows.map((r) => r.name)).toEqual(['Frituur De Gouden Friet']);
  });

  it('neutralises formula payloads in CSV and XLSX and keeps numbers as numbers', async () => {
    const [victim] = await db().select({ id: businesses.id }).from(businesses).where(eq(businesses.name, 'Boetiek Amélie'));
    await db().update(businesses).set({ name: '=HYPERLINK("http://evil.example","klik")', locality: '@SUM(A1)' }).where(eq(businesses.id, victim!.id));
    const csvExport = await openExport(db(), staff, request({}, { ids: [victim!.id] }), 'nl');
    const [row] = parse(await text(csvStream(csvExport.batches, memberColumns(labels), STANDARD)), { columns: true }) as Array<Record<string, string>>;
    expect(row!.name).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(row!.locality).toBe(`'@SUM(A1)`);
    expect(row!.revenueChange).toBe('-18');

    const xlsxExport = await openExport(db(), staff, request({}, { ids: [victim!.id], format: 'xlsx' }), 'nl');
    const sheet = await readBack(new Uint8Array(await new Response(xlsxStream(xlsxExport.batches, memberColumns(labels), 'Leden')).arrayBuffer()), 'Leden');
    expect(sheet.frozenHeader).toBe(true);
    const header = sheet.values(1);
    const cell = (key: string) => sheet.values(2)[header.indexOf(key)];
    expect(cell('name')).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(cell('revenueChange')).toBe(-18);
    expect(cell('updated')).toBeInstanceOf(Date);
  });

  it('stops reading and audits a failed export when the download is cancelled midway', async () => {
    const { batches } = await openExport(db(), staff, request({}), 'nl');
    const reader = csvStream(batches, memberColumns(labels), STANDARD).getReader();
    await reader.read(); // the header
    await reader.read(); // the first batch
    await reader.cancel();
    const failed = await db().select().from(auditEvents).where(eq(auditEvents.action, 'export.failed'));
    expect(failed.length).toBe(1);
    expect(failed[0]!.rowCount).toBeGreaterThan(0);
  });
});

/** The closing audit events (completed or failed) of the exports made with this purpose. */
async function closingEvents(purpose: string) {
  return db()
    .select()
    .from(auditEvents)
    .where(and(inArray(auditEvents.action, ['export.completed', 'export.failed']), sql`${auditEvents.details}->>'purpose' = ${purpose}`));
}

/** Connections the pool has handed out and not got back (PostgreSQL); PGlite has no pool. */
function checkedOut(): number | null {
  const client = (db() as unknown as { $client: { totalCount?: number; idleCount?: number } }).$client;
  return client.totalCount === undefined ? null : client.totalCount - client.idleCount!;
}

describe('slow downloads', () => {
  it('hold no connection between batches: other requests go on, and each export closes with one audit event', async () => {
    // Enough members in Limburg for several batches of 1,000 per export.
    await db().execute(sql`
      insert into businesses (name, enterprise_number, postcode, locality, province, coaching_priority, computed_priority)
      select 'Limburgse zaak ' || g, (1999000000 + g)::text, '3500', 'Hasselt', 'BE-VLI', g % 101, g % 101
      from generate_series(1, 3000) as g
      on conflict do nothing`);
    // As many exports as the test database's pool has connections (4), each read a batch at a
    // time, the next batch asked for only after other work has run: a slow download.
    const exporters = [staff, staff, tom, tom];
    const exports: Array<{ purpose: string; total: number; batches: ExportBatches; rows: number; done: boolean }> = [];
    for (const [n, who] of exporters.entries()) {
      const purpose = `Slow reader ${n}`;
      const { total, batches } = await openExport(db(), who, request({}, { purpose }), 'nl');
      exports.push({ purpose, total, batches, rows: 0, done: false });
    }
    let rounds = 0;
    while (exports.some((e) => !e.done)) {
      for (const e of exports.filter((e) => !e.done)) {
        const next = await e.batches.next();
        if (next.done) e.done = true;
        else e.rows += (next.value as unknown[]).length;
      }
      rounds++;
      // Every export is between two batches now: none of them may keep a connection.
      if (checkedOut() !== null) expect(checkedOut()).toBe(0);
      // More queries at once than the pool has connections, and a transaction (PGlite runs one at a time).
      const answers = await Promise.all([
        ...Array.from({ length: 6 }, () =>
          db()
            .select({ n: sql<number>`count(*)::int` })
            .from(users),
        ),
        db().transaction(async (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(businesses)),
      ]);
      expect(answers.every(([row]) => row!.n > 0)).toBe(true);
    }
    expect(rounds).toBeGreaterThanOrEqual(4);
    for (const e of exports) {
      expect(e.rows).toBe(e.total);
      const events = await closingEvents(e.purpose);
      expect(events.map((event) => [event.action, event.rowCount])).toEqual([['export.completed', e.total]]);
    }
    expect(exportsRunningHere()).toBe(0);
    expect(await db().$count(exportSlots)).toBe(0);
  });

  it('are bounded per user (over every instance) and per instance, before anything is read', async () => {
    const limits = { perInstance: 3, perUser: 2 };
    const open = (who: Viewer, purpose: string) => openExport(db(), who, request({}, { purpose }), 'nl', undefined, { limits });
    const first = await open(staff, 'Bound 1');
    const second = await open(staff, 'Bound 2');
    // A third export of the same user waits for one of theirs to end.
    await expect(open(staff, 'Bound 3')).rejects.toEqual(new ExportsBusy('user'));
    // Another user still may, up to the instance's bound.
    const toms = await open(tom, 'Bound 4');
    await expect(open(tom, 'Bound 5')).rejects.toEqual(new ExportsBusy('instance'));
    // Refused exports leave no trace: nothing started, nothing to close.
    const refused = await db()
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.details}->>'purpose' in ('Bound 3', 'Bound 5')`);
    expect(refused).toEqual([]);

    // A download cancelled before its first batch still closes its export and frees its place.
    await first.batches.return();
    expect((await closingEvents('Bound 1')).map((e) => [e.action, e.rowCount])).toEqual([['export.failed', 0]]);
    const third = await open(staff, 'Bound 3 again');
    await Promise.all([second, toms, third].map((e) => e.batches.return()));
    expect(exportsRunningHere()).toBe(0);

    // Slots are shared through the database: two held by another instance count against the user…
    const otherInstance = (expires: SQL) => [1, 2].map((slot) => ({ userId: tom.id, slot, holder: crypto.randomUUID(), expiresAt: expires }));
    await db()
      .insert(exportSlots)
      .values(otherInstance(sql`now() + interval '1 minute'`));
    await expect(open(tom, 'Bound 6')).rejects.toEqual(new ExportsBusy('user'));
    // …until their lease lapses (that instance crashed): then they are taken over.
    // eslint-disable-next-line drizzle/enforce-delete-with-where -- the test empties the slot table on purpose
    await db().delete(exportSlots);
    await db()
      .insert(exportSlots)
      .values(otherInstance(sql`now() - interval '1 second'`));
    const afterCrash = await open(tom, 'Bound 7');
    await afterCrash.batches.return();
    expect(await db().$count(exportSlots, eq(exportSlots.userId, tom.id))).toBe(1); // the other lapsed one
    // eslint-disable-next-line drizzle/enforce-delete-with-where -- the test empties the slot table on purpose
    await db().delete(exportSlots);
  });
});
