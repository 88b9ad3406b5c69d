import type { InputHTMLAttributes } from 'react';
import { Field, controlAttributes, controlClasses, type LabelledControlProps } from './field';
import { cx } from './cx';

export interface InputProps extends LabelledControlProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  /** Length limit shown as a live character count; the text is never cut (no `maxLength`). */
  maxChars?: number;
}

export function Input({ id, label, hint, error, requiredLabel, maxChars, className, required, ...rest }: InputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} requiredLabel={requiredLabel} maxChars={maxChars}>
      {(describedBy) => <input {...controlAttributes(id, required, error, describedBy)} className={cx(controlClasses, className)} {...rest} />}
    </Field>
  );
}
