import 'server-only';
import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/server';
import { z } from 'zod';
import { requestedLocale } from '@/i18n/routing';
import { type AppLocale } from '@/i18n/routing';
import type { Viewer } from '@/lib/dal/viewer';
import { requestContext } from '@/lib/dal/request';
import type { Database } from '@/db/client';
import { AccessDenied, type Role } from '@/lib/dal/access';
import { echoValues, formToObject } from './form-data';
import { describeInvalid } from './invalid-input';
import type { ActionResult } from './result';
import { zodErrorMap } from './zod-messages';

type Translate = Awaited<ReturnType<typeof getTranslations<'validation'>>>;

interface ActionContext<V extends Viewer | null> {
  viewer: V;
  /** The database, for the handler's calls into the data access layer. */
  db: Database;
  locale: AppLocale;
  t: Translate;
}

type Handler<S extends z.ZodType, V extends Viewer | null> = (input: z.infer<S>, context: ActionContext<V>) => Promise<ActionResult>;

/**
 * Wraps a server action: finds the viewer (re-read from the database), checks the role,
 * validates the input with a strict zod schema (unknown fields are refused), and turns
 * AccessDenied into a result. The handler does the work through the data access layer.
 */
function wrap<S extends z.ZodType, V extends Viewer | null>(allow: readonly Role[] | 'anyone', schema: (t: Translate) => S, handler: Handler<S, V>) {
  return async (_previous: ActionResult | null, payload: unknown): Promise<ActionResult> => {
    const locale = requestedLocale(await getLocale());
    const t = await getTranslations({ locale, namespace: 'validation' });
    const { viewer, db } = await requestContext();
    if (allow !== 'anyone') {
      if (!viewer) return { status: 'error', code: 'unauthenticated', message: t('unauthenticated') };
      if (!allow.includes(viewer.role)) return { status: 'error', code: 'forbidden', message: t('forbidden') };
    }

    const raw = formToObject(payload);
    if (!raw) return { status: 'error', code: 'invalid', message: t('unreadableForm') };
    const parsed = schema(t).safeParse(raw, { error: zodErrorMap(locale) });
    if (!parsed.success) {
      const { message, fieldErrors } = describeInvalid(parsed.error.issues, t);
      return { status: 'error', code: 'invalid', message, fieldErrors, values: echoValues(raw) };
    }

    try {
      return await handler(parsed.data, { viewer: viewer as V, db, locale, t });
    } catch (error) {
      if (error instanceof AccessDenied) return { status: 'error', code: error.kind, message: t(error.kind) };
      throw error;
    }
  };
}

/** An action for signed-in users with one of `roles`. */
export function defineAction<S extends z.ZodType>(options: { allow: readonly Role[]; schema: (t: Translate) => S }, handler: Handler<S, Viewer>) {
  return wrap<S, Viewer>(options.allow, options.schema, handler);
}

/** An action anyone may call (sign-in, registration, password reset): the handler must not need a viewer. */
export function definePublicAction<S extends z.ZodType>(options: { schema: (t: Translate) => S }, handler: Handler<S, Viewer | null>) {
  return wrap<S, Viewer | null>('anyone', options.schema, handler);
}
