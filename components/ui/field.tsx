import type { ReactNode } from 'react';
import { CharacterCount } from './character-count';

/** What every labelled control (Input, Textarea, Select) takes besides its own HTML attributes. */
export interface LabelledControlProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  requiredLabel?: string;
}

export interface FieldProps extends LabelledControlProps {
  required?: boolean;
  /** The field's length limit, shown as a live count (components/ui/character-count) instead of a silent `maxLength`. */
  maxChars?: number;
  children: (describedBy: string | undefined) => ReactNode;
}

/** The attributes that tie a control to its label, hint and error. */
export function controlAttributes(id: string, required: boolean | undefined, error: string | undefined, describedBy: string | undefined) {
  return { id, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
}

/** A control's error message, under the id its aria-describedby names. */
export function FieldError({ id, error }: { id: string | undefined; error: string | undefined }) {
  return error ? (
    <p id={id} className="text-sm font-medium text-red-700">
      {error}
    </p>
  ) : null;
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
      <FieldError id={errorId} error={error} />
    </div>
  );
}

export const controlClasses =
  'min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 placeholder:text-slate-500 aria-[invalid=true]:border-red-700';
