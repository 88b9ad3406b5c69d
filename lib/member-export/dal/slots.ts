import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { exportSlots } from '@/db/schema';

export interface ExportLimits {
  /** Exports this process runs at once: each reads its pages through this process's pool, beside every other request. */
  perInstance: number;
  /** Exports one user runs at once, over every instance. */
  perUser: number;
}

export const EXPORT_LIMITS: ExportLimits = { perInstance: 4, perUser: 2 };

/** A user slot lapses this long after its export last renewed it (an instance that crashed never releases it). */
const LEASE_SECONDS = 120;
const RENEW_EVERY_MS = 30_000;
/** What a refused client is told to wait: an export of the whole list takes about this long. */
export const BUSY_RETRY_AFTER_SECONDS = 30;

/** Too many exports at once, for this instance or for this user: try again in a moment. */
export class ExportsBusy extends Error {
  constructor(readonly bound: 'instance' | 'user') {
    super(`too many exports running for this ${bound}`);
  }
}

export interface ExportSlot {
  /** Gives the slot back (once; later calls do nothing). */
  release(): Promise<void>;
}

// On globalThis: Next may load this module in more than one module graph of the same process.
const instance = globalThis as typeof globalThis & { kantelpuntExportsRunning?: number };

export function exportsRunningHere(): number {
  return instance.kantelpuntExportsRunning ?? 0;
}

/**
 * Claims a place for one export, or throws ExportsBusy. The instance bound is a counter in this
 * process (it protects this process's pool); the user bound is a row per slot in `export_slots`, so
 * it holds across instances. Claiming a slot is one statement per slot number that takes the slot
 * when it is free or its lease has lapsed, so two instances never hand out the same slot.
 */
export async function claimExportSlot(db: Database, userId: string, limits: ExportLimits = EXPORT_LIMITS): Promise<ExportSlot> {
  if (exportsRunningHere() >= limits.perInstance) throw new ExportsBusy('instance');
  // Counted before the first await, so requests arriving together cannot all slip under the bound.
  instance.kantelpuntExportsRunning = exportsRunningHere() + 1;
  const leaveInstance = () => {
    instance.kantelpuntExportsRunning = Math.max(0, exportsRunningHere() - 1);
  };
  const holder = randomUUID();
  let slot: number | undefined;
  try {
    for (let candidate = 1; candidate <= limits.perUser && slot === undefined; candidate++) {
      const [taken] = await db
        .insert(exportSlots)
        .values({ userId, slot: candidate, holder, expiresAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
        .onConflictDoUpdate({
          target: [exportSlots.userId, exportSlots.slot],
          set: { holder, expiresAt: sql`excluded.expires_at` },
          setWhere: sql`${exportSlots.expiresAt} < now()`,
        })
        .returning({ slot: exportSlots.slot });
      slot = taken?.slot;
    }
  } catch (error) {
    leaveInstance();
    throw error;
  }
  if (slot === undefined) {
    leaveInstance();
    throw new ExportsBusy('user');
  }

  const mine = and(eq(exportSlots.userId, userId), eq(exportSlots.slot, slot), eq(exportSlots.holder, holder));
  const renewal = setInterval(() => {
    db.update(exportSlots)
      .set({ expiresAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
      .where(mine)
      .catch((error: Error) => console.error(`[exports] could not renew an export slot (it lapses on its own): ${error.message}`));
  }, RENEW_EVERY_MS);
  renewal.unref();

  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      clearInterval(renewal);
      leaveInstance();
      // A slot that cannot be deleted now lapses with its lease.
      await db
        .delete(exportSlots)
        .where(mine)
        .catch((error: Error) => console.error(`[exports] could not release an export slot (it lapses within ${LEASE_SECONDS} s): ${error.message}`));
    },
  };
}
