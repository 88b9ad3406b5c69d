/**
 * One log entry per failed request, keyed by the id the visitor sees on the error page (Next's
 * digest). The detail and the stack stay here; the browser gets only the id.
 */
export interface FailedRequest {
  path: string;
  method: string;
}

export interface FailureContext {
  routePath?: string;
  routeType?: string;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  let text = error.stack ?? `${error.name}: ${error.message}`;
  if (error.cause !== undefined) text += `\nCaused by: ${describe(error.cause)}`;
  return text;
}

export function formatRequestError(error: unknown, request: FailedRequest, context: FailureContext = {}): string {
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? String((error as { digest: unknown }).digest) : 'none';
  // The query string can hold tokens (password reset, invitations): the path alone identifies the page.
  const path = request.path.split('?')[0];
  const route = context.routePath ? ` (${context.routeType ?? 'route'} ${context.routePath})` : '';
  return `[error] id=${digest} ${request.method} ${path}${route}\n${describe(error)}`;
}
