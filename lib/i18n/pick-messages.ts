import type { AbstractIntlMessages } from 'next-intl';

/**
 * From all messages, the namespaces ("classes") and single keys ("triage.caption",
 * "triage.columns") named, in the same nesting. A path that names no message is a mistake in the
 * caller's list, so it throws rather than letting the browser show a key instead of a text.
 */
export function pickMessages(all: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let value: AbstractIntlMessages | string | undefined = all;
    for (const key of keys) value = typeof value === 'object' ? value[key] : undefined;
    if (value === undefined) throw new Error(`pickMessages: no message "${path}"`);
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as AbstractIntlMessages;
    target[keys.at(-1)!] = value;
  }
  return picked;
}
