/**
 * Runs once when the server starts, before it answers: validates the configuration, opens the
 * database, applies migrations and (with DEMO_MODE) loads the demo data. Any problem ends the
 * process with one readable line per problem and a non-zero exit code.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { boot } = await import('./lib/server/boot');
  await boot();
}
