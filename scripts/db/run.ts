import { formatEnvProblems, readEnv, type Env } from '@/lib/config/env';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { applyMigrations } from '@/db/migrate';

/** Shared frame of the command-line tools: validate env, open and migrate, run, close; one line per failure. */
export async function runWithDatabase(work: (handle: DatabaseHandle, env: Env) => Promise<void>): Promise<void> {
  const parsed = readEnv();
  if (!parsed.ok) {
    console.error(formatEnvProblems(parsed.problems));
    process.exit(1);
  }
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase({
      databaseUrl: parsed.env.DATABASE_URL,
      dataDir: parsed.env.PGLITE_DATA_DIR,
      poolSize: 2,
    });
    await applyMigrations(handle);
    await work(handle, parsed.env);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Kantelpunt: ${reason}`);
    process.exitCode = 1;
  } finally {
    await handle?.close();
  }
}
