'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';

const APPLY_DELAY_MS = 500;

/** A score from 0 to 100 or empty; anything else is not a bound. */
function bound(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 100 ? value : null;
}

/** The score filter: from and to, applied after a short pause in typing; an invalid bound says so and applies nothing. */
export function ScoreRange({ min, max, onChange }: { min?: number; max?: number; onChange: (min?: number, max?: number) => void }) {
  const t = useTranslations('triage');
  const tw = useTranslations('workspace');
  const [from, setFrom] = useState(min === undefined ? '' : String(min));
  const [to, setTo] = useState(max === undefined ? '' : String(max));
  const low = bound(from);
  const high = bound(to);
  const invalid = low === null || high === null || (low !== undefined && high !== undefined && low > high);

  useEffect(() => {
    if (invalid || (low === min && high === max)) return;
    const timer = setTimeout(() => onChange(low ?? undefined, high ?? undefined), APPLY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [low, high, invalid, min, max, onChange]);

  const field = (id: string, label: string, value: string, set: (value: string) => void) => (
    <label htmlFor={id} className="flex flex-1 flex-col gap-1 text-sm">
      {label}
      <input
        id={id}
        inputMode="numeric"
        value={value}
        onChange={(event) => set(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'score-range-error' : undefined}
        className="h-9 w-full rounded-md border border-slate-300 px-2 tabular-nums aria-[invalid=true]:border-red-700"
      />
    </label>
  );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex gap-2">
        {field('score-from', t('scoreMin'), from, setFrom)}
        {field('score-to', t('scoreMax'), to, setTo)}
      </div>
      {invalid ? (
        <p id="score-range-error" role="alert" className="text-sm font-medium text-red-700">
          {tw('scoreInvalid')}
        </p>
      ) : null}
    </div>
  );
}
