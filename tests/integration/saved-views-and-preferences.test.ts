import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, savedViews, userPreferences } from '@/db/schema';
import type { Viewer } from '@/lib/dal/load-viewer';
import { AccessDenied } from '@/lib/dal/access';
import { createView, defaultViewQuery, deleteView, listSavedViews, renameView, setDefaultView } from '@/lib/dal/saved-views';
import { saveTriageTablePreferences, triageTablePreferences } from '@/lib/dal/preferences';
import { DEFAULT_TABLE_PREFERENCES, TRIAGE_COLUMN_IDS, type TablePreferences } from '@/lib/triage/table-preferences';
import { createAdvisor, createStaff, createViewer } from '../support/factories';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const db = () => database.handle.db;
let tom: Viewer; // advisor
let els: Viewer; // another advisor
let staff: Viewer;
let member: Viewer;

beforeAll(async () => {
  database = await createTestDatabase();
  tom = await createAdvisor(db(), ['BE-VLI']);
  els = await createAdvisor(db(), ['BE-VLI']);
  staff = await createStaff(db());
  member = await createViewer(db());
});
afterAll(async () => {
  await database?.destroy();
});

async function created(viewer: Viewer, name: string, query = 'class=shifter') {
  const result = await createView(db(), viewer, name, query);
  if (!result.ok) throw new Error(`view ${name} not created: ${result.problem}`);
  return result.view.id;
}
const auditOf = (entityId: string) => db().select().from(auditEvents).where(eq(auditEvents.entityId, entityId));

describe('saved views', () => {
  it('stores a new view with its query normalised, and audits it', async () => {
    const id = await created(tom, 'Kantelaars Limburg', 'province=BE-VLI&class=shifter&page=3&bogus=1');
    const [view] = (await listSavedViews(db(), tom)).filter((v) => v.id === id);
    expect(view).toEqual({ id, name: 'Kantelaars Limburg', query: 'province=BE-VLI&class=shifter', isDefault: false });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['view.create']);
  });

  it('refuses a second view with a name the user already uses, keeping the first as it was', async () => {
    const id = await created(tom, 'Dubbel', 'class=winner');
    expect(await createView(db(), tom, 'Dubbel', 'class=stable')).toEqual({ ok: false, problem: 'name_taken' });
    const views = (await listSavedViews(db(), tom)).filter((v) => v.name === 'Dubbel');
    expect(views).toEqual([{ id, name: 'Dubbel', query: 'class=winner', isDefault: false }]);
    // Another user may use the same name.
    expect((await createView(db(), els, 'Dubbel', 'class=stable')).ok).toBe(true);
  });

  it('renames a view; a name taken by another of the same user is refused', async () => {
    const id = await created(tom, 'Oude naam');
    await created(tom, 'Bezet');
    expect(await renameView(db(), tom, id, 'Bezet')).toEqual({ ok: false, problem: 'name_taken' });
    expect(await renameView(db(), tom, id, 'Nieuwe naam')).toEqual({ ok: true, view: { id, name: 'Nieuwe naam' } });
    const names = (await listSavedViews(db(), tom)).map((v) => v.name);
    expect(names).toContain('Nieuwe naam');
    expect(names).not.toContain('Oude naam');
    const renamed = (await auditOf(id)).find((e) => e.action === 'view.rename');
    expect(renamed?.details).toEqual({ from: 'Oude naam', to: 'Nieuwe naam' });
  });

  it('sets one default per user, replaces it, and clears it', async () => {
    const first = await created(staff, 'Eerste', 'class=shifter');
    const second = await created(staff, 'Tweede', 'class=winner');
    expect(await defaultViewQuery(db(), staff)).toBeNull();

    await setDefaultView(db(), staff, first);
    expect(await defaultViewQuery(db(), staff)).toBe('class=shifter');
    await setDefaultView(db(), staff, second);
    expect(await defaultViewQuery(db(), staff)).toBe('class=winner');
    const defaults = (await listSavedViews(db(), staff)).filter((v) => v.isDefault).map((v) => v.id);
    expect(defaults).toEqual([second]);

    expect(await setDefaultView(db(), staff, null)).toEqual({ ok: true, view: null });
    expect(await defaultViewQuery(db(), staff)).toBeNull();
    const actions = (await db().select().from(auditEvents).where(eq(auditEvents.actorId, staff.id))).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('view.default'))).toEqual(['view.default_set', 'view.default_set', 'view.default_cleared']);
  });

  it('a second default for one user is refused by the database itself', async () => {
    const a = await created(els, 'A');
    const b = await created(els, 'B');
    await db().update(savedViews).set({ isDefault: true }).where(eq(savedViews.id, a));
    await expect(db().update(savedViews).set({ isDefault: true }).where(eq(savedViews.id, b))).rejects.toThrow();
    await setDefaultView(db(), els, null);
  });

  it('deleting the default view leaves the user without a default', async () => {
    const id = await created(els, 'Weg');
    await setDefaultView(db(), els, id);
    expect(await deleteView(db(), els, id)).toBe('Weg');
    expect(await defaultViewQuery(db(), els)).toBeNull();
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['view.create', 'view.default_set', 'view.delete']);
  });

  it('another user cannot rename, make default or delete my view: it does not exist for them', async () => {
    const mine = await created(tom, 'Van Tom', 'class=stable');
    expect(await renameView(db(), els, mine, 'Gekaapt')).toEqual({ ok: false, problem: 'not_found' });
    expect(await setDefaultView(db(), els, mine)).toEqual({ ok: false, problem: 'not_found' });
    expect(await deleteView(db(), els, mine)).toBeNull();
    expect(await defaultViewQuery(db(), els)).toBeNull();
    const [view] = await db().select().from(savedViews).where(eq(savedViews.id, mine));
    expect(view).toMatchObject({ name: 'Van Tom', isDefault: false, userId: tom.id });
    expect((await listSavedViews(db(), els)).map((v) => v.id)).not.toContain(mine);
  });

  it('members have no saved views', async () => {
    await expect(listSavedViews(db(), member)).rejects.toThrow(AccessDenied);
    await expect(createView(db(), member, 'Mijn weergave', '')).rejects.toThrow(AccessDenied);
    await expect(defaultViewQuery(db(), null)).rejects.toThrow(AccessDenied);
  });
});

describe('triage table preferences', () => {
  it('are the defaults when nothing is stored', async () => {
    expect(await triageTablePreferences(db(), els)).toEqual(DEFAULT_TABLE_PREFERENCES);
  });

  it('round-trip per user', async () => {
    const order = [...TRIAGE_COLUMN_IDS].reverse();
    const preferences: TablePreferences = { hidden: ['sector', 'channels'], order, density: 'compact' };
    await saveTriageTablePreferences(db(), tom, preferences);
    expect(await triageTablePreferences(db(), tom)).toEqual(preferences);
    // Saving again replaces the stored value; nobody else's changes.
    await saveTriageTablePreferences(db(), tom, { ...preferences, density: 'comfortable', hidden: [] });
    expect(await triageTablePreferences(db(), tom)).toEqual({ ...preferences, density: 'comfortable', hidden: [] });
    expect(await triageTablePreferences(db(), staff)).toEqual(DEFAULT_TABLE_PREFERENCES);
    expect(await db().$count(userPreferences, eq(userPreferences.userId, tom.id))).toBe(1);
  });

  it('drop columns that no longer exist when read, so an old value never breaks the page', async () => {
    await db()
      .insert(userPreferences)
      .values({ userId: staff.id, key: 'triage.table', value: { hidden: ['fax', 'sector'], order: ['fax', 'score', 'name'], density: 'compact' } });
    const read = await triageTablePreferences(db(), staff);
    expect(read.hidden).toEqual(['sector']);
    expect(read.order.slice(0, 2)).toEqual(['score', 'name']);
    expect([...read.order].sort()).toEqual([...TRIAGE_COLUMN_IDS].sort());
    expect(read.density).toBe('compact');
  });

  it('fall back to the defaults when the stored value is unreadable', async () => {
    await db()
      .update(userPreferences)
      .set({ value: 'not an object' })
      .where(and(eq(userPreferences.userId, staff.id), eq(userPreferences.key, 'triage.table')));
    expect(await triageTablePreferences(db(), staff)).toEqual(DEFAULT_TABLE_PREFERENCES);
  });

  it('are for advisors and staff only', async () => {
    await expect(triageTablePreferences(db(), member)).rejects.toThrow(AccessDenied);
    await expect(saveTriageTablePreferences(db(), member, DEFAULT_TABLE_PREFERENCES)).rejects.toThrow(AccessDenied);
  });
});
