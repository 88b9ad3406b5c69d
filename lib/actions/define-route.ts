import 'server-only';
import { z } from 'zod';
import { getTranslations } from '@/lib/i18n/server';
import { requestedLocale, type AppLocale } from '@/i18n/routing';
import { env } from '@/lib/config/env';
import { AccessDenied, type Role } from '@/lib/dal/access';
import type { Viewer } from '@/lib/dal/viewer';
import { requestContext } from '@/lib/dal/request';
import { getDb } from '@/lib/server/database';
import type { Database } from '@/db/client';
import { isSameOrigin } from '@/lib/security/request-guard';
import { formToObject } from './form-data';
import { describeInvalid } from './invalid-input';
import { zodErrorMap } from './zod-messages';

type Translate = Awaited<ReturnType<typeof getTranslations<'validation'>>>;

interface RouteContext<V extends Viewer | null, P> {
  viewer: V;
  /** The database, for the handler's calls into the data access layer. */
  db: Database;
  /** The language of the answer: the input's `locale` field, else the X-Locale header, else the viewer's. */
  locale: AppLocale;
  t: Translate;
  /** The route's parameters (`[id]`…), checked by the `params` schema. */
  params: P;
  request: Request;
}

/**
 * Who may call a route: signed-in users with one of these roles, `'token'` for a route whose
 * address carries its own credential (the calendar feed, fetched by calendar apps that cannot
 * sign in): no session is read and the handler must check the token itself, or `'anyone'` for
 * public reference data (the sector list of the quick scan): no session is read either.
 */
type Allow = readonly Role[] | 'token' | 'anyone';

interface RouteOptions<S extends z.ZodType, P extends z.ZodType> {
  allow: Allow;
  /**
   * The input, strict (unknown fields are refused): the query string for GET, the form data for
   * other methods — or only the query string with `body: 'raw'`, where the handler reads the body.
   */
  schema: (t: Translate) => S;
  /** The route parameters; an address that does not fit is a 404, as for pages. */
  params?: P;
  body?: 'form' | 'raw';
  /** The feature's own explanation of a refusal (403), instead of the generic one. */
  forbiddenMessage?: (locale: AppLocale) => Promise<string>;
}

type Handler<S extends z.ZodType, P extends z.ZodType, V extends Viewer | null> = (
  input: z.infer<S>,
  context: RouteContext<V, z.infer<P>>,
) => Promise<Response>;

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response>;
type NoParams = z.ZodObject<Record<string, never>>;

type Status = 400 | 401 | 403 | 404 | 413 | 429;

/** The one error answer of every route handler: a translated message, and per-field messages for a form. */
export function routeError(
  status: Status,
  message: string,
  options: { fieldErrors?: Record<string, string>; headers?: Record<string, string> } = {},
): Response {
  const body = options.fieldErrors ? { message, fieldErrors: options.fieldErrors } : { message };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...options.headers } });
}

/** Answers that may hold personal data are never stored by a browser or proxy; a handler may be stricter (`private, no-store`). */
function noStore(response: Response): Response {
  if (!response.headers.get('Cache-Control')?.includes('no-store')) response.headers.set('Cache-Control', 'no-store');
  return response;
}

const READS = new Set(['GET', 'HEAD']);

async function readInput(request: Request, body: 'form' | 'raw'): Promise<Record<string, unknown> | null> {
  if (READS.has(request.method) || body === 'raw') {
    const query = new FormData();
    for (const [key, value] of new URL(request.url).searchParams) query.append(key, value);
    return formToObject(query);
  }
  const form = await request.formData().catch(() => null);
  return form ? formToObject(form) : null;
}

/**
 * Wraps a route handler as `defineAction` wraps a server action: finds the viewer (re-read from
 * the database), refuses a state-changing request from another site, checks the role, validates
 * the route parameters and the input with strict zod schemas, and turns AccessDenied into
 * 401/403/404. Every error is `{ message, fieldErrors? }`, translated; every answer is `no-store`.
 */
export function defineRoute<S extends z.ZodType, P extends z.ZodType = NoParams>(
  options: RouteOptions<S, P> & { allow: readonly Role[] },
  handler: Handler<S, P, Viewer>,
): RouteHandler;
export function defineRoute<S extends z.ZodType, P extends z.ZodType = NoParams>(
  options: RouteOptions<S, P> & { allow: 'token' | 'anyone' },
  handler: Handler<S, P, null>,
): RouteHandler;
export function defineRoute<S extends z.ZodType, P extends z.ZodType>(
  options: RouteOptions<S, P>,
  handler: Handler<S, P, Viewer> | Handler<S, P, null>,
): RouteHandler {
  // The overloads pair 'token' and 'anyone' with a null viewer and roles with a signed-in one.
  const run = handler as Handler<S, P, Viewer | null>;
  const sessionless = options.allow === 'token' || options.allow === 'anyone';
  return async (request, context) => {
    const raw = await readInput(request, options.body ?? 'form');
    // A token route reads no session (its address is the credential), nor does a public one.
    const { viewer, db } = sessionless ? { viewer: null, db: await getDb() } : await requestContext();
    const asked = typeof raw?.locale === 'string' ? raw.locale : request.headers.get('x-locale');
    const locale = requestedLocale(asked ?? viewer?.locale);
    const t = await getTranslations({ locale, namespace: 'validation' });
    const forbidden = async () => routeError(403, options.forbiddenMessage ? await options.forbiddenMessage(locale) : t('forbidden'));

    if (!sessionless && !viewer) return routeError(401, t('unauthenticated'));
    // A form on another site can post with the user's cookie: state-changing requests must come from our own pages.
    if (!READS.has(request.method) && !isSameOrigin(request.headers, env().APP_URL)) return routeError(403, t('forbidden'));
    if (typeof options.allow !== 'string' && !options.allow.includes(viewer!.role)) return forbidden();

    // Next passes no params to a route without dynamic segments.
    const params = (options.params ?? z.object({})).safeParse((await context.params) ?? {});
    if (!params.success) return routeError(404, t('not_found'));
    if (!raw) return routeError(400, t('unreadableForm'));
    const parsed = options.schema(t).safeParse(raw, { error: zodErrorMap(locale) });
    if (!parsed.success) {
      const { message, fieldErrors } = describeInvalid(parsed.error.issues, t);
      return routeError(400, message, { fieldErrors });
    }

    try {
      return noStore(await run(parsed.data, { viewer, db, locale, t, params: params.data as z.infer<P>, request }));
    } catch (error) {
      if (!(error instanceof AccessDenied)) throw error;
      if (error.kind === 'unauthenticated') return routeError(401, t('unauthenticated'));
      if (error.kind === 'forbidden') return forbidden();
      return routeError(404, t('not_found'));
    }
  };
}
