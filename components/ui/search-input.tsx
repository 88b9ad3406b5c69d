'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { SEARCH_MAX } from '@/lib/navigation/search-params';

/**
 * The labelled free-text box of a search form (the form and its other filters are the page's).
 * A search term longer than the address takes (lib/navigation/search-params SEARCH_MAX) is not
 * submitted: 100 kB pasted here used to become a URL the server answered with "HTTP ERROR 431".
 * The text is not cut either; the box says it is too long and keeps the form from leaving.
 */
export function SearchInput({ label, defaultValue, max = SEARCH_MAX }: { label: string; defaultValue?: string; max?: number }) {
  const t = useTranslations('ui');
  const input = useRef<HTMLInputElement>(null);
  const [tooLong, setTooLong] = useState(false);

  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const guard = (event: SubmitEvent) => {
      if ((input.current?.value.length ?? 0) <= max) return;
      event.preventDefault();
      setTooLong(true);
      input.current?.focus();
    };
    form.addEventListener('submit', guard);
    return () => form.removeEventListener('submit', guard);
  }, [max]);

  return (
    <div className="flex min-w-64 flex-1 flex-col gap-1">
      <label htmlFor="q" className="text-sm font-medium">
        {label}
      </label>
      <input
        ref={input}
        id="q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        onInput={(event) => setTooLong(event.currentTarget.value.length > max)}
        aria-invalid={tooLong || undefined}
        aria-describedby={tooLong ? 'q-error' : undefined}
        className="min-h-11 rounded-md border border-slate-400 bg-white px-3 aria-[invalid=true]:border-red-700"
      />
      <p id="q-error" role="alert" className="text-sm font-medium text-red-700 empty:hidden">
        {tooLong ? t('searchTooLong', { max }) : ''}
      </p>
    </div>
  );
}
