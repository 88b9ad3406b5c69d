import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { seedDemoData } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { auditEvents, businesses, classificationHistory, jobs, memberImports, users } from '@/db/schema';
import { loadViewer, type Viewer } from '@/lib/dal/load-viewer';
import { AccessDenied } from '@/lib/dal/access';
import {
  createMemberImport,
  getMemberImport,
  importReportBatches,
  importReportRows,
  startImportApply,
  startImportCheck,
} from '@/lib/member-import/dal/imports';
import { enterpriseNumberFrom } from '@/lib/domain/enterprise-number';
import { ImportFileError, IMPORT_MAX_BYTES } from '@/lib/member-import/read-file';
import { runPendingJobs } from '@/lib/jobs/worker';
import { expireAbandonedUploads } from '@/lib/member-import/job';
import { createTestDatabase, type TestDatabase } from './test-database';
import { withExpectedErrors } from '../support/expected-errors';
import { xlsxFixture } from '../support/xlsx';

let database: TestDatabase;
const db = () => database.handle.db;
const viewers: Record<'staff' | 'advisor' | 'member', Viewer> = {} as never;
let existing: typeof businesses.$inferSelect;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(db());
  await seedDemoData(db());
  for (const [role, email] of [
    ['staff', 'staff@kantelpunt.demo'],
    ['advisor', 'adviseur.antwerpen@kantelpunt.demo'],
    ['member', 'frituur@kantelpunt.demo'],
  ] as const) {
    const [user] = await db().select().from(users).where(eq(users.email, email));
    viewers[role] = (await loadViewer(db(), user!.id))!;
  }
  existing = (
    await db()
      .select()
      .from(businesses)
      .where(and(isNotNull(businesses.naceCode), isNotNull(businesses.revenueChangePct)))
      .orderBy(asc(businesses.name))
      .limit(1)
  )[0]!;
});
afterAll(async () => {
  await database?.destroy();
});

const NEW_A = enterpriseNumberFrom('08770001');
const NEW_B = enterpriseNumberFrom('08770002');
const DUPLICATE = enterpriseNumberFrom('08770003');
const bytes = (text: string) => new TextEncoder().encode(text);

/** A file with good, bad and duplicate rows, the way a federation's old member list looks (Dutch headers, `;`). */
function memberList(): string {
  const e = existing;
  return [
    'Ondernemingsnummer;Naam;NACE-code;Postcode;Gemeente;Werknemers;Omzetwijziging (%)',
    `BE ${NEW_A.slice(0, 4)}.${NEW_A.slice(4, 7)}.${NEW_A.slice(7)};Bakkerij De Kanteling;56.101;2000;Antwerpen;3;-35`, // row 2: create
    `${NEW_B};Fietsen Zoë;47.711;9000;;12;+8 %`, // row 3: create, locality from the postcode
    `${e.enterpriseNumber};${e.name};${e.naceCode};${e.postcode ?? ''};${e.locality ?? ''};;${e.revenueChangePct! + 7}`, // row 4: update
    `${e.enterpriseNumber.slice(0, 8)}00;Verkeerde Controle;56.101;2000;Antwerpen;;`, // row 5: checksum
    `${enterpriseNumberFrom('08770004')};Onbekende Postcode;56.101;1234;;;`, // row 6: unknown postcode
    `${enterpriseNumberFrom('08770005')};Onbekende Sector;99.999;2000;;;`, // row 7: unknown NACE
    `${DUPLICATE};Dubbel Een;56.101;2000;;;`, // row 8: duplicate
    `${DUPLICATE};Dubbel Twee;56.101;2000;;;`, // row 9: duplicate
    `${enterpriseNumberFrom('08770006')};"=HYPERLINK(""http://evil.example"";""klik"")";56.101;2000;;;`, // row 10: formula
    '', // a blank line is not a row
    `${enterpriseNumberFrom('08770007')};;56.101;2000;;;`, // row 12: new without a name
  ].join('\r\n');
}

async function uploadAndCheck(text: string | Uint8Array, name = 'leden.csv') {
  const id = await createMemberImport(db(), viewers.staff, name, typeof text === 'string' ? bytes(text) : text);
  const upload = await getMemberImport(db(), viewers.staff, id);
  expect(await startImportCheck(db(), viewers.staff, id, upload!.mapping!)).toEqual({ ok: true });
  await runPendingJobs(db());
  return id;
}

describe('member list import', () => {
  it('maps the Dutch headers, reports every row in a dry run and writes nothing to the businesses', async () => {
    const before = await db().select().from(businesses);
    const id = await uploadAndCheck(memberList());
    const upload = await getMemberImport(db(), viewers.staff, id);
    expect(upload).toMatchObject({ status: 'checked', rowCount: 10, fileFormat: 'csv', checkCounts: { create: 2, update: 1, unchanged: 0, reject: 7 } });
    expect(upload!.mapping).toEqual({ enterpriseNumber: 0, name: 1, naceCode: 2, postcode: 3, locality: 4, employeesBand: 5, revenueChangePct: 6 });

    const report = await importReportRows(db(), viewers.staff, id, [], 100);
    const byRow = Object.fromEntries(report.map((r) => [r.rowNumber, r]));
    expect(byRow[2]).toMatchObject({ action: 'create', enterpriseNumber: NEW_A, problems: [] });
    expect(byRow[3]).toMatchObject({ action: 'create', enterpriseNumber: NEW_B });
    expect(byRow[4]).toMatchObject({ action: 'update', changes: ['revenueChangePct'] });
    expect(byRow[5]).toMatchObject({ action: 'reject', problems: ['checksum'] });
    expect(byRow[6]).toMatchObject({ action: 'reject', problems: ['postcode_unknown'] });
    expect(byRow[7]).toMatchObject({ action: 'reject', problems: ['nace_unknown'] });
    expect(byRow[8]).toMatchObject({ action: 'reject', problems: ['duplicate_in_file'] });
    expect(byRow[9]).toMatchObject({ action: 'reject', problems: ['duplicate_in_file'] });
    expect(byRow[10]).toMatchObject({ action: 'reject', problems: ['formula'] });
    expect(byRow[12]).toMatchObject({ action: 'reject', problems: ['name_missing'] });
    expect(byRow[11]).toBeUndefined();

    const downloaded = [];
    for await (const batch of importReportBatches(db(), viewers.staff, id)) downloaded.push(...batch);
    expect(downloaded.map((r) => r.rowNumber)).toEqual(report.map((r) => r.rowNumber));
    expect(await db().select().from(businesses)).toHaveLength(before.length);
  });

  it('imports in batches, classifies the new businesses and audits the counts; the same file again changes nothing', async () => {
    const id = await uploadAndCheck(memberList());
    expect(await startImportApply(db(), viewers.staff, id)).toEqual({ ok: true });
    expect(await startImportApply(db(), viewers.staff, id)).toEqual({ ok: false, problem: 'busy' }); // a double click
    await runPendingJobs(db());
    const upload = await getMemberImport(db(), viewers.staff, id);
    expect(upload).toMatchObject({ status: 'imported', importCounts: { created: 2, updated: 1, unchanged: 0, skipped: 0 } });
    const [stored] = await db().select({ fileData: memberImports.fileData }).from(memberImports).where(eq(memberImports.id, id));
    expect(stored!.fileData).toBeNull();

    const [a] = await db().select().from(businesses).where(eq(businesses.enterpriseNumber, NEW_A));
    expect(a).toMatchObject({
      name: 'Bakkerij De Kanteling',
      naceCode: '56.101',
      province: 'BE-VAN',
      employeesBand: '1-4',
      revenueChangePct: -35,
      ownerId: null,
    });
    expect(a!.effectiveClass).not.toBe('unknown');
    expect(a!.classReasons.length).toBeGreaterThan(0);
    const [b] = await db().select().from(businesses).where(eq(businesses.enterpriseNumber, NEW_B));
    expect(b).toMatchObject({ locality: 'Gent', province: 'BE-VOV', employeesBand: '10-19', revenueChangePct: 8 });
    const [updated] = await db().select().from(businesses).where(eq(businesses.id, existing.id));
    expect(updated).toMatchObject({ revenueChangePct: existing.revenueChangePct! + 7, name: existing.name, version: existing.version + 1 });
    const history = await db()
      .select()
      .from(classificationHistory)
      .where(and(eq(classificationHistory.businessId, a!.id), eq(classificationHistory.source, 'import')));
    expect(history).toEqual([expect.objectContaining({ fromClass: null, toClass: a!.effectiveClass, actorId: viewers.staff.id })]);
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'import.completed'), eq(auditEvents.entityId, id)));
    expect(audit).toMatchObject({ actorId: viewers.staff.id, rowCount: 3, details: { created: 2, updated: 1, unchanged: 0, skipped: 0 } });

    const imported = await db()
      .select()
      .from(businesses)
      .where(inArray(businesses.enterpriseNumber, [NEW_A, NEW_B, existing.enterpriseNumber]));
    const again = await uploadAndCheck(memberList());
    expect(await getMemberImport(db(), viewers.staff, again)).toMatchObject({ checkCounts: { create: 0, update: 0, unchanged: 3, reject: 7 } });
    await startImportApply(db(), viewers.staff, again);
    await runPendingJobs(db());
    expect(await getMemberImport(db(), viewers.staff, again)).toMatchObject({
      status: 'imported',
      importCounts: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
    });
    expect(
      await db()
        .select()
        .from(businesses)
        .where(inArray(businesses.enterpriseNumber, [NEW_A, NEW_B, existing.enterpriseNumber])),
    ).toEqual(imported);
  });

  it('skips a member who registered the same number after the dry run, and a finished import run again stays finished', async () => {
    const number = enterpriseNumberFrom('08770010');
    const id = await uploadAndCheck(`Ondernemingsnummer;Naam;Postcode\r\n${number};Uit De Lijst;2000\r\n`);
    expect(await getMemberImport(db(), viewers.staff, id)).toMatchObject({ checkCounts: { create: 1 } });
    // Meanwhile the member registers the business themselves.
    await db()
      .insert(businesses)
      .values({ name: 'Zelf Geregistreerd', enterpriseNumber: number, postcode: '9000', locality: 'Gent', province: 'BE-VOV', ownerId: viewers.member.id });
    await startImportApply(db(), viewers.staff, id);
    await runPendingJobs(db());
    expect(await getMemberImport(db(), viewers.staff, id)).toMatchObject({ status: 'imported', importCounts: { created: 0, updated: 0, skipped: 1 } });
    const [kept] = await db().select().from(businesses).where(eq(businesses.enterpriseNumber, number));
    expect(kept).toMatchObject({ name: 'Zelf Geregistreerd', postcode: '9000', ownerId: viewers.member.id });

    // Its job runs once more (an instance stopped before marking it done): nothing changes.
    const upload = await getMemberImport(db(), viewers.staff, id);
    await db().update(jobs).set({ status: 'queued' }).where(eq(jobs.id, upload!.jobId!));
    await runPendingJobs(db());
    expect(await getMemberImport(db(), viewers.staff, id)).toMatchObject({ status: 'imported', importCounts: { skipped: 1 } });
  });

  it('an import that fails halfway is marked failed and audited, with what its committed batches did', async () => {
    const id = await uploadAndCheck(`Ondernemingsnummer;Naam\r\n${enterpriseNumberFrom('08770011')};Faalt Bij Schrijven\r\n`);
    await db().execute(sql`create function kantelpunt_test_fail() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$`);
    await db().execute(sql`create trigger kantelpunt_test_fail before insert on businesses for each row execute function kantelpunt_test_fail()`);
    try {
      await startImportApply(db(), viewers.staff, id);
      // The failure is logged for operators, with the reason the database gave: expected here, so not printed.
      await withExpectedErrors([new RegExp(`^\\[import\\] ${id} failed while importing: .*injected failure`, 's')], () => runPendingJobs(db()));
    } finally {
      await db().execute(sql`drop trigger kantelpunt_test_fail on businesses`);
      await db().execute(sql`drop function kantelpunt_test_fail()`);
    }
    expect(await getMemberImport(db(), viewers.staff, id)).toMatchObject({ status: 'failed' });
    expect(
      await db()
        .select()
        .from(businesses)
        .where(eq(businesses.enterpriseNumber, enterpriseNumberFrom('08770011'))),
    ).toEqual([]);
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'import.failed'), eq(auditEvents.entityId, id)));
    expect(audit).toMatchObject({ details: { stage: 'importing', committed: null } });
    // Staff can check the file again.
    const upload = await getMemberImport(db(), viewers.staff, id);
    expect(await startImportCheck(db(), viewers.staff, id, upload!.mapping!)).toEqual({ ok: true });
  });

  it('drops the file of an upload never imported after 30 days, and keeps imported ones as they are', async () => {
    const stale = await uploadAndCheck(`Ondernemingsnummer;Naam\r\n${enterpriseNumberFrom('08770012')};Nooit Geïmporteerd\r\n`);
    const fresh = await createMemberImport(db(), viewers.staff, 'vers.csv', bytes(memberList()));
    const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    await db()
      .update(memberImports)
      .set({ createdAt: longAgo })
      .where(inArray(memberImports.id, [stale]));
    const importedBefore = (await db().select({ id: memberImports.id }).from(memberImports).where(eq(memberImports.status, 'imported')))[0]!.id;
    await db().update(memberImports).set({ createdAt: longAgo }).where(eq(memberImports.id, importedBefore));

    expect(await expireAbandonedUploads(db())).toBe(1);
    const [expired] = await db().select().from(memberImports).where(eq(memberImports.id, stale));
    expect(expired).toMatchObject({ status: 'expired', fileData: null });
    expect(await getMemberImport(db(), viewers.staff, fresh)).toMatchObject({ status: 'uploaded' });
    expect(await getMemberImport(db(), viewers.staff, importedBefore)).toMatchObject({ status: 'imported' });
    expect(await importReportRows(db(), viewers.staff, stale, [], 10)).toHaveLength(1); // the report stays
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'import.file_expired'), eq(auditEvents.entityId, stale)));
    expect(audit).toBeDefined();
    expect(await startImportCheck(db(), viewers.staff, stale, { enterpriseNumber: 0 })).toEqual({ ok: false, problem: 'busy' });
  });

  it('reads Windows-1252 text and an XLSX workbook', async () => {
    const latin = Uint8Array.from(
      [...'Ondernemingsnummer;Naam;Postcode\r\n']
        .map((c) => c.charCodeAt(0))
        .concat(
          [...`${enterpriseNumberFrom('08770008')};Caf`].map((c) => c.charCodeAt(0)),
          [0xe9],
          [...' Zo'].map((c) => c.charCodeAt(0)),
          [0xeb, 0x80],
          [...';1000'].map((c) => c.charCodeAt(0)),
        ),
    );
    const id = await uploadAndCheck(latin, 'windows.csv');
    expect((await importReportRows(db(), viewers.staff, id, [], 10))[0]).toMatchObject({ action: 'create', name: 'Café Zoë€' });

    const xlsx = await xlsxFixture([
      {
        name: 'Leden',
        rows: [
          ['Numéro d’entreprise', 'Nom', 'Code postal', 'Évolution du chiffre d’affaires (%)'],
          [Number(enterpriseNumberFrom('08770009')), 'Librairie du Coin', 5000, { number: -0.25, numFmt: '0%' }],
        ],
      },
    ]);
    const xid = await uploadAndCheck(xlsx, 'leden.xlsx');
    expect(await getMemberImport(db(), viewers.staff, xid)).toMatchObject({
      fileFormat: 'xlsx',
      mapping: { enterpriseNumber: 0, name: 1, postcode: 2, revenueChangePct: 3 },
    });
    expect((await importReportRows(db(), viewers.staff, xid, [], 10))[0]).toMatchObject({
      action: 'create',
      name: 'Librairie du Coin',
      enterpriseNumber: enterpriseNumberFrom('08770009'),
    });
  });

  it('refuses files it cannot read, and writes nothing for them', async () => {
    const count = async () => (await db().select({ id: memberImports.id }).from(memberImports)).length;
    const before = await count();
    const refused = async (data: Uint8Array, name = 'x.csv') =>
      createMemberImport(db(), viewers.staff, name, data).then(
        () => 'accepted',
        (error: unknown) => (error instanceof ImportFileError ? error.kind : String(error)),
      );
    expect(await refused(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'logo.png')).toBe('not_csv_or_xlsx');
    expect(await refused(bytes('Ondernemingsnummer;Naam\r\n'))).toBe('header_only');
    expect(await refused(new Uint8Array(0))).toBe('empty');
    expect(await refused(new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x41))).toBe('too_large');
    expect(await count()).toBe(before);
  });

  it('is for staff only, and a mapping must name the enterprise number', async () => {
    for (const who of [viewers.advisor, viewers.member, null]) {
      await expect(createMemberImport(db(), who, 'x.csv', bytes(memberList()))).rejects.toBeInstanceOf(AccessDenied);
    }
    const id = await createMemberImport(db(), viewers.staff, 'x.csv', bytes(memberList()));
    await expect(startImportApply(db(), viewers.advisor, id)).rejects.toBeInstanceOf(AccessDenied);
    expect(await startImportApply(db(), viewers.staff, id)).toEqual({ ok: false, problem: 'busy' }); // not checked yet
    expect(await startImportCheck(db(), viewers.staff, id, { name: 1 })).toEqual({ ok: false, problem: 'bad_mapping' });
    expect(await startImportCheck(db(), viewers.staff, id, { enterpriseNumber: 0, name: 0 })).toEqual({ ok: false, problem: 'bad_mapping' });
    expect(await startImportCheck(db(), viewers.staff, id, { enterpriseNumber: 9 })).toEqual({ ok: false, problem: 'bad_mapping' });
  });
});
