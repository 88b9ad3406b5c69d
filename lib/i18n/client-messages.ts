import 'server-only';
import type { AbstractIntlMessages } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * The messages a page hands its `NextIntlClientProvider`: only the namespaces ("classes") and
 * single keys ("triage.caption", "triage.columns") its client components translate with
 * `useTranslations`, because every message given to the provider travels in the page's payload.
 * The layout's provider gives `shell`, `ui` and `error`; a page's provider replaces it (it does not
 * merge), so a page lists those again when its client components sit inside it.
 * A path that names no message is a mistake in the page's list: it throws, so the page's test fails.
 */
export async function clientMessages(paths: readonly string[]): Promise<AbstractIntlMessages> {
  const all: AbstractIntlMessages = await getMessages();
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const [namespace, ...rest] = path.split('.');
    let value: AbstractIntlMessages | string | undefined = all[namespace!];
    for (const key of rest) value = typeof value === 'object' ? value[key] : undefined;
    if (value === undefined) throw new Error(`clientMessages: no message "${path}"`);
    let target = picked;
    const keys = path.split('.');
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as AbstractIntlMessages;
    target[keys.at(-1)!] = value;
  }
  return picked;
}
