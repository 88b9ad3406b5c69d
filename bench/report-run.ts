/**
 * The report section of the bench (`npm run bench -- --only report`), in a process of its own:
 * react-pdf renders with the full React, not the react-server build the bench process runs with
 * (`--conditions=react-server`, for `server-only`), and it is ESM-only, which tsx's CommonJS
 * output cannot load. Vitest's module runner loads the code exactly as the integration tests do
 * (`server-only` aliased, ESM), so the measured code is the route's own. Arguments: the database
 * URL and the number of runs.
 */
import type { measureReport } from './report-measure';

async function main() {
  const [databaseUrl, runs] = process.argv.slice(2);
  if (!databaseUrl) throw new Error('usage: report-run.ts <database url> [runs]');
  const { createVitest } = await import('vitest/node');
  const vitest = await createVitest('test', { config: 'vitest.config.mts', watch: false, run: true });
  try {
    const measure = await vitest.import<{ measureReport: typeof measureReport }>('./bench/report-measure.ts');
    const result = await measure.measureReport(databaseUrl, Number(runs ?? 20));
    console.log(`  member report PDF (${result.bytes.toLocaleString('en')} bytes, peer group of ${result.peers} businesses), ${runs ?? 20} runs:`);
    console.table(result.rows);
  } finally {
    await vitest.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
