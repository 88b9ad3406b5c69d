'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError, controlClasses } from './field';
import { cx } from './cx';

const LOCAL_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const TYPED_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const TYPED_TIME = /^(\d{1,2})[:.h]?(\d{2})$/;

const pad = (value: string) => value.padStart(2, '0');

/** "2026-11-23T14:30" as the two texts the advisor sees ("23-11-2026", "14:30"); anything else (an echoed typo) as typed. */
function split(value: string, separator: string): [date: string, time: string] {
  const match = LOCAL_VALUE.exec(value);
  if (match) return [[match[3], match[2], match[1]].join(separator), `${match[4]}:${match[5]}`];
  const space = value.indexOf(' ');
  return space < 0 ? [value, ''] : [value.slice(0, space), value.slice(space + 1)];
}

/**
 * The typed day and time as the one value the server reads ("2026-11-23T14:30", Brussels time).
 * Text that does not read as a date is sent as typed, so the server answers with its translated
 * format message instead of the field silently dropping it.
 */
export function joinDateTime(date: string, time: string): string {
  const [d, t] = [date.trim(), time.trim()];
  if (!d && !t) return '';
  const day = TYPED_DATE.exec(d);
  const clock = TYPED_TIME.exec(t);
  if (!day || !clock) return `${d} ${t}`.trim();
  return `${day[3]}-${pad(day[2]!)}-${pad(day[1]!)}T${pad(clock[1]!)}:${clock[2]}`;
}

interface DateTimeFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** "2026-11-23T14:30" (Brussels wall-clock time), or what the form echoed after an error. */
  defaultValue?: string;
}

/**
 * A date and a time in the page's language, whatever the browser's: day-month-year and 24 hours,
 * typed into two plain text fields (a native `datetime-local` follows the browser's locale and
 * shows "mm/dd/yyyy --:-- AM/PM" to an English browser on a Dutch page). One hidden field
 * carries the combined value under `name`.
 */
export function DateTimeField({ id, name, label, hint, error, defaultValue = '' }: DateTimeFieldProps) {
  const t = useTranslations('dateTimeField');
  const [initialDate, initialTime] = split(defaultValue, t('separator'));
  const [date, setDate] = useState(initialDate);
  const [time, setTime] = useState(initialTime);
  const labelId = `${id}-label`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const invalid = error ? true : undefined;
  return (
    <div className="flex flex-col gap-1" role="group" aria-labelledby={labelId}>
      <label id={labelId} htmlFor={id} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="flex gap-2">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('datePlaceholder')}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={cx(controlClasses, 'w-36 tabular-nums')}
        />
        <input
          id={`${id}-time`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('timePlaceholder')}
          aria-label={t('time')}
          value={time}
          onChange={(event) => setTime(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={cx(controlClasses, 'w-24 tabular-nums')}
        />
      </div>
      <input type="hidden" name={name} value={joinDateTime(date, time)} />
      <FieldError id={errorId} error={error} />
    </div>
  );
}
