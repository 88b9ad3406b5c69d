import type { TextareaHTMLAttributes } from 'react';
import { Field, controlClasses } from './field';
import { cx } from './cx';

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  requiredLabel?: string;
  /** Length limit shown as a live character count; the text is never cut (no `maxLength`). */
  maxChars?: number;
}

export function Textarea({ id, label, hint, error, requiredLabel, maxChars, className, required, rows = 3, ...rest }: TextareaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} requiredLabel={requiredLabel} maxChars={maxChars}>
      {(describedBy) => (
        <textarea
          id={id}
          rows={rows}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cx(controlClasses, 'py-2', className)}
          {...rest}
        />
      )}
    </Field>
  );
}
