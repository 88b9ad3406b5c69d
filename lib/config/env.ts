import { z } from 'zod';

/**
 * Every environment variable the portal reads, validated once at start.
 * Problems are reported one line each (see `formatEnvProblems`), never as a stack trace.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be true or false',
  })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be a URL like postgres://user:password@host:5432/database' },
);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl.optional(),
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(200, 'must be at most 200')
    .default(10),
  DEMO_MODE: booleanFlag.default(false),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (generate one with `openssl rand -base64 32`)').optional(),
  /** Auth.js's own setting (rarely needed): the site address it builds its URLs and picks its cookie from. */
  AUTH_URL: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).optional(),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).optional(),
  /** The address users reach the portal at: every link the portal sends (e-mails, calendar feeds) starts with it. */
  APP_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://kantelpunt.example.be' })
    .refine((value) => !/[?#]/.test(value), { error: 'must be an address without ? or #, such as https://kantelpunt.example.be' })
    .optional(),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a port number')
    .min(1, 'must be a port number')
    .max(65_535, 'must be a port number')
    .default(3000),
  /**
   * How many reverse proxies in front of the portal append to X-Forwarded-For. 0 (the default):
   * the client is the socket's address and the header is ignored, since any client can write it.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: 'must be a whole number from 0 to 10' })
    .int('must be a whole number from 0 to 10')
    .min(0, 'must be a whole number from 0 to 10')
    .max(10, 'must be a whole number from 0 to 10')
    .default(0),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must be a URL like smtp://user:password@host:587')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Kantelpunt <no-reply@kantelpunt.local>'),
});

export type Env = z.infer<typeof envSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; problems: string[] };

/** Empty strings count as unset, as most deployment tools write them for "no value". */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  const values = withoutEmpty(source);
  const result = envSchema.safeParse(values);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
  // Checked beside the schema (not in a refinement) so it is reported together with the other problems.
  if (values.NODE_ENV === 'production' && !values.AUTH_SECRET) {
    problems.push('AUTH_SECRET is required in production (generate one with `openssl rand -base64 32`)');
  }
  // Links in e-mails are never built from request headers (a forged Host would send a reset link elsewhere).
  if (values.NODE_ENV === 'production' && !values.APP_URL) {
    problems.push(
      'APP_URL is required in production: the address users reach the portal at, such as https://kantelpunt.example.be (links in e-mails start with it)',
    );
  }
  if (result.success && problems.length === 0) return { ok: true, env: result.data };
  return { ok: false, problems };
}

export function formatEnvProblems(problems: string[]): string {
  return ['Kantelpunt cannot start: the configuration has problems.', ...problems.map((p) => `  - ${p}`)].join('\n');
}

/** The process's environment, validated: what boot and the command-line tools check before anything else. */
export function readEnv(): EnvResult {
  return parseEnv(process.env);
}

/**
 * What the proxy needs, read as is: it runs on every request and must not fail on a configuration problem
 * (boot has already reported those and stopped the server).
 */
export function proxyEnv(): { appUrl: string | undefined; nodeEnv: string | undefined } {
  return { appUrl: process.env.APP_URL, nodeEnv: process.env.NODE_ENV };
}

let cached: Env | undefined;

/** The validated environment; throws a readable error when it is invalid (boot checks first). */
export function env(): Env {
  if (cached) return cached;
  const result = parseEnv(process.env);
  if (!result.ok) throw new Error(formatEnvProblems(result.problems));
  cached = result.env;
  return cached;
}

/**
 * The portal's public address, without a trailing slash: APP_URL, or http://localhost:PORT outside
 * production. Every link the portal sends is built from this, never from request headers.
 */
export function appUrl(config: Env = env()): string {
  return config.APP_URL ? config.APP_URL.replace(/\/+$/, '') : `http://localhost:${config.PORT}`;
}

/** The site address Auth.js is configured with, under the names it reads (AUTH_URL wins). */
export function authSiteUrls(config: Env = env()): { AUTH_URL?: string; NEXTAUTH_URL?: string } {
  return { AUTH_URL: config.AUTH_URL, NEXTAUTH_URL: config.NEXTAUTH_URL };
}

const DEVELOPMENT_AUTH_SECRET = 'development-only-secret-not-for-production';

/**
 * The secret session tokens are encrypted with. Read on its own, without validating the rest:
 * Auth.js is configured when its module loads, `next build` included, where the other variables
 * need not be set. In development and tests a fixed secret keeps sessions across restarts;
 * production must set AUTH_SECRET (the boot check refuses to start without it).
 */
export function authSecret(source: Record<string, string | undefined> = process.env): string | undefined {
  const values = withoutEmpty(source);
  return values.AUTH_SECRET ?? (values.NODE_ENV === 'production' ? undefined : DEVELOPMENT_AUTH_SECRET);
}
