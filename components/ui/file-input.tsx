'use client';

import { useState, type ComponentProps } from 'react';
import { useTranslations } from 'next-intl';
import { Upload } from 'lucide-react';
import { FieldError } from './field';
import { cx } from './cx';

export interface FileInputProps extends Omit<ComponentProps<'input'>, 'type' | 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/**
 * A file picker in the page's language. The browser's own button says "Choose File" in the
 * browser's language, so the native input is only visually hidden (it still takes focus, the
 * keyboard and the files) and a translated button-like label and the chosen name stand in for it.
 * Needs `ui.fileInput` in the page's messages.
 */
export function FileInput({ id, label, hint, error, onChange, ...props }: FileInputProps) {
  const t = useTranslations('ui.fileInput');
  const [fileName, setFileName] = useState<string | null>(null);
  const describedBy = [hint ? `${id}-hint` : null, `${id}-name`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <span id={`${id}-label`} className="text-sm font-medium text-slate-900">
        {label}
      </span>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="flex min-w-0 flex-wrap items-center gap-3">
        <input
          {...props}
          id={id}
          type="file"
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="peer sr-only"
          onChange={(event) => {
            setFileName(event.currentTarget.files?.[0]?.name ?? null);
            onChange?.(event);
          }}
        />
        {/* Clicking the label opens the picker, as the native button would. */}
        <label
          htmlFor={id}
          className={cx(
            'inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 bg-white px-4 font-medium text-slate-900 hover:bg-slate-50',
            'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700 peer-aria-[invalid=true]:border-red-700',
          )}
        >
          <Upload aria-hidden="true" className="size-4" />
          {t('choose')}
        </label>
        <span id={`${id}-name`} className="min-w-0 truncate text-sm text-slate-700">
          {fileName ?? t('none')}
        </span>
      </div>
      <FieldError id={error ? `${id}-error` : undefined} error={error} />
    </div>
  );
}
