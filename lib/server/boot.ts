import { formatEnvProblems, parseEnv } from '@/lib/config/env';
import { DatabaseStartError } from '@/db/errors';
import { getDatabaseHandle } from './database';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

export async function boot(): Promise<void> {
  const parsed = parseEnv(process.env);
  if (!parsed.ok) fail(formatEnvProblems(parsed.problems));
  const config = parsed.env;
  const started = Date.now();
  try {
    const handle = await getDatabaseHandle();
    const { seedReferenceData } = await import('@/db/seed/reference');
    await handle.exclusively('kantelpunt:seed', () => seedReferenceData(handle.db));
    if (config.DEMO_MODE) {
      const { seedDemoData } = await import('@/db/seed/demo');
      const result = await handle.exclusively('kantelpunt:seed', () => seedDemoData(handle.db));
      if (result.businessesCreated > 0) console.log(`[boot] demo data loaded: ${result.businessesCreated} businesses, ${result.usersCreated} users`);
    }
    console.log(`[boot] database ready (${handle.kind}: ${handle.location}) in ${Date.now() - started} ms`);
  } catch (error) {
    if (error instanceof DatabaseStartError) fail(`Kantelpunt cannot start: ${error.message}`);
    const reason = error instanceof Error ? error.message : String(error);
    fail(`Kantelpunt cannot start: the database could not be prepared (${reason}).`);
  }
}
