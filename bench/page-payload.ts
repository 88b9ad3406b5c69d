/**
 * Bytes a signed-in page sends: the HTML of a first visit and the RSC payload of a client-side
 * navigation (the same request with `RSC: 1`), for the triage page (advisor) and the member's
 * profile form. Run against a production server of the portal with the demo data:
 * `node --import tsx bench/page-payload.ts http://127.0.0.1:3302` (from the repository root,
 * after `next build`, which holds the server action ids the sign-in needs).
 */
import { loadServerActions } from '../e2e/support/server-actions';
import { signInCookie } from '../e2e/support/sessions';

const base = process.argv[2] ?? 'http://127.0.0.1:3302';
const PAGES = [
  { path: '/nl/advisor', email: 'adviseur.limburg@kantelpunt.demo' },
  { path: '/nl/member/profile', email: 'frituur@kantelpunt.demo' },
];

async function main() {
  const actions = loadServerActions();
  for (const { path, email } of PAGES) {
    const cookie = await signInCookie(base, actions, email);
    const html = await fetch(base + path, { headers: { cookie }, redirect: 'manual' });
    const htmlBytes = Buffer.byteLength(await html.text());
    const rsc = await fetch(`${base}${path}?_rsc`, { headers: { cookie, RSC: '1' }, redirect: 'manual' });
    const rscBytes = Buffer.byteLength(await rsc.text());
    console.log(`${path.padEnd(22)} HTML ${String(htmlBytes).padStart(7)} B (${html.status})   RSC ${String(rscBytes).padStart(7)} B (${rsc.status})`);
  }
}

void main();
