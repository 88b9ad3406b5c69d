import { tokenField } from '@/lib/actions/fields';

/** The token from a link's query string, or null when it is missing or malformed. */
export function tokenParam(value: string | string[] | undefined): string | null {
  const parsed = tokenField.safeParse(value);
  return parsed.success ? parsed.data : null;
}
