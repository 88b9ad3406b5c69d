import { inArray } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { businesses, followUps } from '@/db/schema';
import { refreshFollowUpSummary } from '@/lib/dal/follow-ups';
import type { FollowUpKind } from '@/lib/domain/follow-ups';

interface DemoFollowUp {
  key: string;
  business: string;
  owner: string;
  kind: FollowUpKind;
  /** Days from the day of seeding: negative is in the past. */
  happenedDays?: number;
  dueDays?: number;
  status: 'open' | 'done';
  summary: string;
  nextStep?: string;
  shared?: boolean;
}

/** A few conversations so the queue, the timeline and the member's agreed steps show something on a fresh demo. */
const DEMO_FOLLOW_UPS: DemoFollowUp[] = [
  {
    key: 'demo-frituur-1',
    business: 'Frituur De Gouden Friet',
    owner: 'adviseur.limburg@kantelpunt.demo',
    kind: 'video_call',
    happenedDays: -10,
    status: 'done',
    summary: 'Online bestellingen zijn 80% van de omzet. Kassa en bestelmodule lopen los van elkaar; personeel tikt alles twee keer in.',
    nextStep: 'Bestelmodule koppelen aan de kassa (offerte van twee leveranciers vragen)',
    shared: true,
  },
  {
    key: 'demo-frituur-2',
    business: 'Frituur De Gouden Friet',
    owner: 'adviseur.limburg@kantelpunt.demo',
    kind: 'call',
    dueDays: 2,
    status: 'open',
    summary: '',
    nextStep: 'Offertes samen vergelijken',
    shared: true,
  },
  {
    key: 'demo-boetiek-1',
    business: 'Boetiek Amélie',
    owner: 'adviseur.limburg@kantelpunt.demo',
    kind: 'visit',
    dueDays: -2,
    status: 'open',
    summary: '',
    nextStep: 'Videoadvies via WhatsApp Business opzetten',
  },
  {
    key: 'demo-mindwijs-1',
    business: 'Praktijk Mindwijs',
    owner: 'adviseur2.limburg@kantelpunt.demo',
    kind: 'call',
    dueDays: 5,
    status: 'open',
    summary: '',
    nextStep: 'Online agenda en betaling bespreken',
  },
  {
    key: 'demo-renard-1',
    business: 'Boulangerie Renard',
    owner: 'conseiller.wallonie@kantelpunt.demo',
    kind: 'visit',
    dueDays: 7,
    status: 'open',
    summary: '',
    nextStep: 'Click & collect pour les commandes de tartes',
  },
];

const at = (days: number, hour: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
};

export async function seedDemoFollowUps(tx: Transaction, idByEmail: Map<string, string>): Promise<void> {
  const rows = await tx
    .select({ id: businesses.id, name: businesses.name })
    .from(businesses)
    .where(
      inArray(
        businesses.name,
        DEMO_FOLLOW_UPS.map((f) => f.business),
      ),
    );
  const idByName = new Map(rows.map((r) => [r.name, r.id]));
  const values = DEMO_FOLLOW_UPS.filter((f) => idByName.has(f.business) && idByEmail.has(f.owner)).map((f) => ({
    businessId: idByName.get(f.business)!,
    ownerId: idByEmail.get(f.owner)!,
    createdBy: idByEmail.get(f.owner)!,
    kind: f.kind,
    happenedAt: f.happenedDays === undefined ? null : at(f.happenedDays, 9),
    dueAt: f.dueDays === undefined ? null : at(f.dueDays, 9),
    status: f.status,
    summary: f.summary,
    nextStep: f.nextStep ?? null,
    nextStepShared: f.shared ?? false,
    idempotencyKey: f.key,
  }));
  if (values.length === 0) return;
  await tx.insert(followUps).values(values).onConflictDoNothing({ target: followUps.idempotencyKey });
  for (const businessId of new Set(values.map((v) => v.businessId))) await refreshFollowUpSummary(tx, businessId);
}
