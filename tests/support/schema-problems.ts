import type { z } from 'zod';

/** What a schema says about each field of `input`, as { field: message }; {} when it accepts the input. */
export function schemaProblems(schema: z.ZodType, input: Record<string, unknown>): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0] ?? ''), i.message]));
}
