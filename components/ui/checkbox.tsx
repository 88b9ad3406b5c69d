import type { InputHTMLAttributes } from 'react';
import { FieldError } from './field';

/** One checkbox with its label beside it and, when given, an error below (large enough to tap). */
export function Checkbox({
  id,
  label,
  error,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { id: string; label: string; error?: string }) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex min-h-11 items-center gap-2 text-sm">
        <input id={id} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={errorId} className="h-5 w-5 accent-brand-700" {...rest} />
        {label}
      </label>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
