import type { Instrumentation } from 'next';

/**
 * Runs once when the server starts, before it answers: validates the configuration, opens the
 * database, applies migrations and (with DEMO_MODE) loads the demo data. Any problem ends the
 * process with one readable line per problem and a non-zero exit code.
 */
export async function register() {
  // Next replaces this exact expression at build time, which keeps the server's boot code out of the edge bundle.
  // eslint-disable-next-line no-restricted-properties -- a call into lib/config/env.ts could not be replaced
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { boot } = await import('./lib/server/boot');
  await boot();
}

/**
 * Every error Next catches while answering a request: logged with the id (digest) the error page
 * shows, so a visitor's quoted id leads to the stack.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { formatRequestError } = await import('./lib/server/error-log');
  console.error(formatRequestError(error, request, context));
};
