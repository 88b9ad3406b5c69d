import { openDatabase } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { advisorRegions, users } from '@/db/schema';
import { loadViewer, type Viewer } from '@/lib/dal/load-viewer';
import { memberReportData } from '@/lib/dal/member-report';
import type { Channel } from '@/lib/domain/channels';
import { renderMemberReport } from '@/lib/report/render';
import { seedReferenceData } from '@/lib/seed/reference';
import { createReportMember, shareNextStep } from '../tests/support/report-member';
import { seedSyntheticBusinesses } from './seed';
import { percentile } from './stats';

const WARM_UP = 3;
// Enough businesses that the member has a peer group of their own division, as in the programme.
const PEERS = 2_000;

const IN_USE: Channel[] = ['website', 'facebook', 'google_business_profile', 'online_payments', 'whatsapp_business'];
const PLANNED: Channel[] = ['webshop', 'email_newsletter'];

async function signedIn(db: Parameters<typeof loadViewer>[0], id: string): Promise<Viewer> {
  const viewer = await loadViewer(db, id);
  if (!viewer) throw new Error('bench user may not act');
  return viewer;
}

/**
 * Making a member's PDF report (target ≤ 1 s), in the database at `databaseUrl` (migrated here):
 * one member who registered their business and channels through the data access layer, among
 * synthetic peers, with a next step shared by their advisor. Times gathering the data, rendering
 * the PDF, and both, `runs` times after a warm-up. Measures only; asserts nothing.
 */
export async function measureReport(databaseUrl: string, runs: number) {
  const handle = await openDatabase({ databaseUrl, poolSize: 4 });
  try {
    const db = handle.db;
    await applyMigrations(handle);
    await seedReferenceData(db);
    // Sign-in is not measured: the advisor never signs in, so no real password hash is needed.
    const [advisorRow] = await db
      .insert(users)
      .values({
        email: 'bench-report-advisor@example.be',
        name: 'Bench Adviseur',
        role: 'advisor',
        status: 'active',
        passwordHash: 'unused',
        emailVerifiedAt: new Date(),
      })
      .returning();
    await db.insert(advisorRegions).values({ userId: advisorRow!.id, province: 'BE-VLI' });
    await seedSyntheticBusinesses(db, PEERS, [advisorRow!.id]);
    const advisor = await signedIn(db, advisorRow!.id);
    const { member, businessId } = await createReportMember(db, { name: 'Frituur Bench', inUse: IN_USE, planned: PLANNED });
    const shared = await shareNextStep(db, advisor, businessId, { nextStep: 'Menukaart online zetten', summary: 'Bench' });
    if (!shared.ok) throw new Error(`bench next step not shared: ${JSON.stringify(shared)}`);

    const gather: number[] = [];
    const render: number[] = [];
    let bytes = 0;
    let peers = 0;
    for (let i = 0; i < WARM_UP + runs; i++) {
      const started = performance.now();
      const data = await memberReportData(db, member);
      const gathered = performance.now();
      const pdf = await renderMemberReport(data!, (['nl', 'fr', 'en'] as const)[i % 3]!);
      const rendered = performance.now();
      bytes = pdf.length;
      peers = data!.peers?.size ?? 0;
      if (i < WARM_UP) continue;
      gather.push(gathered - started);
      render.push(rendered - gathered);
    }
    const total = gather.map((g, i) => g + render[i]!);
    const figures = (times: number[]) => ({ 'p50 ms': +percentile(times, 50).toFixed(1), 'p95 ms': +percentile(times, 95).toFixed(1) });
    return {
      peers,
      bytes,
      rows: [
        { step: 'gather the data (DAL)', ...figures(gather) },
        { step: 'render the PDF', ...figures(render) },
        { step: 'make the PDF (both)', ...figures(total), 'target p95 ms': 1000 },
      ],
    };
  } finally {
    await handle.close();
  }
}
