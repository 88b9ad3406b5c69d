import type { ReactNode } from 'react';
import { CharacterCount } from './character-count';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
  /** The field's length limit, shown as a live count (components/ui/character-count) instead of a silent `maxLength`. */
  maxChars?: number;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint and error around one control, wired with aria-describedby so screen readers read them. */
export function Field({ id, label, hint, error, required, requiredLabel, maxChars, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const countId = maxChars ? `${id}-count` : undefined;
  const describedBy = [hintId, countId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {label}
        {required && requiredLabel ? <span className="ml-1 font-normal text-slate-600">({requiredLabel})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      {countId && maxChars ? <CharacterCount id={countId} target={id} max={maxChars} /> : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const controlClasses =
  'min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 placeholder:text-slate-500 aria-[invalid=true]:border-red-700';
