import type { InputHTMLAttributes } from 'react';
import { Field, controlClasses } from './field';
import { cx } from './cx';

export interface InputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  requiredLabel?: string;
  /** Length limit shown as a live character count; the text is never cut (no `maxLength`). */
  maxChars?: number;
}

export function Input({ id, label, hint, error, requiredLabel, maxChars, className, required, ...rest }: InputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} requiredLabel={requiredLabel} maxChars={maxChars}>
      {(describedBy) => (
        <input
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cx(controlClasses, className)}
          {...rest}
        />
      )}
    </Field>
  );
}
