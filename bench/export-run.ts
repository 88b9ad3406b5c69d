/**
 * One export in a process of its own, as a server would run it: prints the rows, time and growth
 * of resident memory as JSON. Started by bench/export-measure.ts (node --expose-gc --conditions=react-server --import tsx).
 */
import { eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { users } from '@/db/schema';
import { loadViewer, type Viewer } from '@/lib/dal/load-viewer';
import type { ExportFormat } from '@/lib/member-export/dal/exports';
import { exportThroughApp } from './export-measure';

async function main() {
  const [url, format, email] = process.argv.slice(2) as [string, ExportFormat, string];
  const handle = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const [user] = await handle.db.select().from(users).where(eq(users.email, email));
  const viewer = (await loadViewer(handle.db, user!.id)) as Viewer;
  const result = await exportThroughApp(handle.db, viewer, format);
  await handle.close();
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
