import type { z } from 'zod';
import type { getTranslations } from '@/lib/i18n/server';

type Translate = Awaited<ReturnType<typeof getTranslations<'validation'>>>;

/**
 * What a failed strict-schema parse tells the person who sent it, the same for actions and
 * route handlers: a message for the form as a whole, and the first problem of each field.
 */
export function describeInvalid(issues: readonly z.core.$ZodIssue[], t: Translate): { message: string; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  let message = t('fixFields');
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      message = t('unexpectedFields', { fields: issue.keys.join(', ') });
      continue;
    }
    // A hidden id or version that is wrong (lib/actions/fields idField, versionField): the
    // form as a whole is stale or forged, and no visible field could show it.
    if (issue.code === 'custom' && issue.params?.form) {
      message = issue.message;
      continue;
    }
    const field = String(issue.path[0] ?? '');
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  return { message, fieldErrors };
}
