import type { TextareaHTMLAttributes } from 'react';
import { Field, controlAttributes, controlClasses, type LabelledControlProps } from './field';
import { cx } from './cx';

export interface TextareaProps extends LabelledControlProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  /** Length limit shown as a live character count; the text is never cut (no `maxLength`). */
  maxChars?: number;
}

export function Textarea({ id, label, hint, error, requiredLabel, maxChars, className, required, rows = 3, ...rest }: TextareaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} requiredLabel={requiredLabel} maxChars={maxChars}>
      {(describedBy) => (
        <textarea {...controlAttributes(id, required, error, describedBy)} rows={rows} className={cx(controlClasses, 'py-2', className)} {...rest} />
      )}
    </Field>
  );
}
