/** One field of an optimistic-concurrency conflict, as the form's table shows it. */
export interface ConflictChange {
  field: string;
  label: string;
  stored: string;
  yours: string;
}

/**
 * "Stored vs yours" after someone else saved first: for each field, what is stored now and what
 * this person submitted, both as the form shows them (translated, '—' for empty). Only fields
 * whose shown text differs are listed, so the table never shows a row where both sides read alike.
 */
export function conflictDiff<F extends string>(
  fields: readonly F[],
  show: { label: (field: F) => string; stored: (field: F) => string; yours: (field: F) => string },
): ConflictChange[] {
  return fields.flatMap((field) => {
    const stored = show.stored(field);
    const yours = show.yours(field);
    return stored === yours ? [] : [{ field, label: show.label(field), stored, yours }];
  });
}
