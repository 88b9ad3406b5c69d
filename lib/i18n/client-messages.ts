import 'server-only';
import type { AbstractIntlMessages } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { pickMessages } from './pick-messages';

/**
 * The messages a page hands its `NextIntlClientProvider`: only the namespaces ("classes") and
 * single keys ("triage.caption") its client components translate with `useTranslations`, because
 * every message given to the provider travels in the page's payload. The layout's provider gives
 * `shell`, `ui` and `error`; a page's provider replaces it (it does not merge), so a page lists
 * `shell` and `ui` again for the client components inside it.
 */
export async function clientMessages(paths: readonly string[]): Promise<AbstractIntlMessages> {
  return pickMessages(await getMessages(), paths);
}
