/**
 * Bytes a signed-in page sends (see page-bytes.ts), for the triage page (advisor) and the member's
 * profile form. Run against a production server of the portal with the demo data:
 * `node --import tsx bench/page-payload.ts http://127.0.0.1:3302` (from the repository root,
 * after `next build`, which holds the server action ids the sign-in needs). `npm run bench` measures
 * the triage page's the same way on its 100,000 businesses.
 */
import { loadServerActions } from '../e2e/support/server-actions';
import { signInCookie } from '../e2e/support/sessions';
import { pageBytes } from './page-bytes';

const base = process.argv[2] ?? 'http://127.0.0.1:3302';
const PAGES = [
  { path: '/nl/advisor', email: 'adviseur.limburg@kantelpunt.demo' },
  { path: '/nl/member/profile', email: 'frituur@kantelpunt.demo' },
];

async function main() {
  const actions = loadServerActions();
  for (const { path, email } of PAGES) {
    const cookie = await signInCookie(base, actions, email);
    const bytes = await pageBytes(base, path, cookie);
    console.log(
      `${path.padEnd(22)} HTML ${String(bytes.html).padStart(7)} B (gzip ${bytes.htmlGzip})   RSC ${String(bytes.rsc).padStart(7)} B (gzip ${bytes.rscGzip})`,
    );
  }
}

void main();
