import type { SelectHTMLAttributes } from 'react';
import { Field, controlAttributes, controlClasses, type LabelledControlProps } from './field';
import { cx } from './cx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends LabelledControlProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  options: SelectOption[];
  /** A first, empty choice such as "— choose —". */
  placeholder?: string;
}

export function Select({ id, label, options, hint, error, requiredLabel, placeholder, className, required, ...rest }: SelectProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} requiredLabel={requiredLabel}>
      {(describedBy) => (
        <select {...controlAttributes(id, required, error, describedBy)} className={cx(controlClasses, className)} {...rest}>
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
