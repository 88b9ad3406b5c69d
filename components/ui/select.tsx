import type { SelectHTMLAttributes } from 'react';
import { Field, controlClasses } from './field';
import { cx } from './cx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  options: SelectOption[];
  hint?: string;
  error?: string;
  requiredLabel?: string;
  /** A first, empty choice such as "— choose —". */
  placeholder?: string;
}

export function Select({ id, label, options, hint, error, requiredLabel, placeholder, className, required, ...rest }: SelectProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} requiredLabel={requiredLabel}>
      {(describedBy) => (
        <select
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cx(controlClasses, className)}
          {...rest}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
