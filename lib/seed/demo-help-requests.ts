import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { businesses, helpRequests } from '@/db/schema';
import type { HelpTopic } from '@/lib/domain/help-requests';

/**
 * One open request for help, so the Limburg advisors' "help asked" list shows something on a fresh
 * demo. Not the chip shop's: its member asks for help in the tests and walkthroughs.
 */
const DEMO_HELP_REQUEST: { owner: string; topic: HelpTopic; message: string; daysAgo: number } = {
  owner: 'reizen@kantelpunt.demo',
  topic: 'online_visibility',
  message: 'Bijna niemand boekt nog aan de balie. Hoe vinden klanten ons online voor groepsreizen?',
  daysAgo: 2,
};

export async function seedDemoHelpRequests(tx: Transaction, idByEmail: Map<string, string>): Promise<void> {
  const ownerId = idByEmail.get(DEMO_HELP_REQUEST.owner);
  if (!ownerId) return;
  // By owner, not by name: generated businesses elsewhere may carry the same name.
  const [business] = await tx.select({ id: businesses.id }).from(businesses).where(eq(businesses.ownerId, ownerId)).limit(1);
  if (!business) return;
  const [created] = await tx
    .insert(helpRequests)
    .values({
      businessId: business.id,
      requestedBy: ownerId,
      topic: DEMO_HELP_REQUEST.topic,
      message: DEMO_HELP_REQUEST.message,
      createdAt: new Date(Date.now() - DEMO_HELP_REQUEST.daysAgo * 86_400_000),
    })
    .onConflictDoNothing({ target: helpRequests.businessId, where: sql`${helpRequests.takenAt} is null` })
    .returning({ createdAt: helpRequests.createdAt });
  // The triage filter reads the business row, as after a member's own request (lib/dal/help-requests).
  if (created) await tx.update(businesses).set({ helpAskedAt: created.createdAt }).where(eq(businesses.id, business.id));
}
