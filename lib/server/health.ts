import type { DatabaseHandle } from '@/db/client';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: { kind: DatabaseHandle['kind'] | null; reachable: boolean; latencyMs: number | null };
}

/** Pings the database; any failure (not opened, not answering in time) reports unavailable. */
export async function checkHealth(getHandle: () => Promise<DatabaseHandle>, timeoutMs = 2_000): Promise<HealthReport> {
  const started = performance.now();
  let kind: DatabaseHandle['kind'] | null = null;
  try {
    const handle = await getHandle();
    kind = handle.kind;
    await handle.ping(timeoutMs);
    return { status: 'ok', database: { kind, reachable: true, latencyMs: Math.round(performance.now() - started) } };
  } catch {
    return { status: 'unavailable', database: { kind, reachable: false, latencyMs: null } };
  }
}
