import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Server actions as the built app knows them: id, source file, export name and the pages
 * that can receive them. Read from the production build's server reference manifest.
 */
export interface ServerActionRef {
  id: string;
  key: string; // "app/…/actions.ts#exportName"
  pagePath: string; // a page that bundles the action, as a URL path under /nl
}

function workerToPath(worker: string): string {
  const route = worker
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .split('/')
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (segment === '[locale]' ? 'nl' : segment.startsWith('[') ? '00000000-0000-4000-8000-000000000000' : segment))
    .join('/');
  return route || '/';
}

export function loadServerActions(): ServerActionRef[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename && !entry.filename.includes('node_modules'))
    .map(([id, entry]) => {
      // Prefer a simple public page as the address to post to; any page bundling the action works.
      const workers = Object.keys(entry.workers).filter((w) => w.endsWith('/page'));
      const preferred = workers.find((w) => w.includes('/login/')) ?? workers.find((w) => !w.includes('[id]')) ?? workers[0]!;
      return { id, key: `${entry.filename}#${entry.exportedName}`, pagePath: workerToPath(preferred) };
    });
}

export interface ActionResponse {
  status: number;
  /** The `code` of the ActionResult, or 'redirect' when the action redirected. */
  outcome: string;
  location: string | null;
  setCookie: string[];
  body: string;
}

/**
 * POSTs to a server action the way a forged request would: no page, just the action id and JSON
 * arguments. An extra header given as '' is left out (e.g. `{ Origin: '' }` for a client that sends none).
 */
export async function postAction(
  baseURL: string,
  action: ServerActionRef,
  payload: Record<string, unknown>,
  cookie?: string,
  extraHeaders: Record<string, string> = {},
): Promise<ActionResponse> {
  const response = await fetch(`${baseURL}${action.pagePath}`, {
    method: 'POST',
    redirect: 'manual',
    headers: Object.fromEntries(
      Object.entries({
        'Next-Action': action.id,
        'Content-Type': 'text/plain;charset=UTF-8',
        Accept: 'text/x-component',
        Origin: baseURL,
        ...(cookie ? { Cookie: cookie } : {}),
        ...extraHeaders,
      }).filter(([, value]) => value !== ''),
    ),
    body: JSON.stringify([null, payload]),
  });
  const body = await response.text();
  const redirect = response.headers.get('x-action-redirect');
  const code = /"code":"(\w+)"/.exec(body)?.[1];
  return {
    status: response.status,
    outcome: redirect ? 'redirect' : (code ?? `http_${response.status}`),
    location: redirect ?? response.headers.get('location'),
    setCookie: response.headers.getSetCookie(),
    body,
  };
}
