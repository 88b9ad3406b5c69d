'use client';

import { useState, type ReactNode } from 'react';
import { Check, ChevronDown, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { cx } from '@/components/ui/cx';

export interface FilterPanel {
  id: string;
  label: string;
  /** What the filter is set to, in words; empty when it is not set. */
  summary: string;
  clear: () => void;
  content: ReactNode;
}

/** One filter in the toolbar: a chip that opens its choices in a popover, with a button to remove it when set. */
export function FilterChip({ panel }: { panel: FilterPanel }) {
  const t = useTranslations('workspace');
  const active = panel.summary !== '';
  return (
    <div
      className={cx(
        'inline-flex h-8 items-center rounded-full border text-sm',
        active ? 'border-brand-700 bg-brand-50 text-brand-900' : 'border-slate-300 bg-white',
      )}
    >
      <Popover>
        <PopoverTrigger className="inline-flex h-full max-w-72 items-center gap-1 rounded-full px-3 hover:bg-slate-100 data-[state=open]:bg-slate-100">
          <span className={cx(active && 'font-medium')}>{panel.label}</span>
          {active ? <span className="truncate">: {panel.summary}</span> : null}
          <ChevronDown aria-hidden="true" className="size-4 shrink-0 text-slate-600" />
        </PopoverTrigger>
        <PopoverContent aria-label={panel.label}>{panel.content}</PopoverContent>
      </Popover>
      {active ? (
        <button
          type="button"
          onClick={panel.clear}
          aria-label={t('removeFilter', { filter: panel.label })}
          className="-ml-1 mr-1 inline-flex size-6 items-center justify-center rounded-full hover:bg-brand-100"
        >
          <X aria-hidden="true" className="size-3.5" />
        </button>
      ) : null}
    </div>
  );
}

/**
 * A yes-or-no filter ("help asked"): one chip that is pressed or not, applied at once. No popover:
 * there is nothing to choose but on or off.
 */
export function ToggleChip({ label, pressed, onChange }: { label: string; pressed: boolean; onChange: (pressed: boolean) => void }) {
  const [shown, choose] = useShownValue(pressed, onChange);
  return (
    <button
      type="button"
      aria-pressed={shown}
      onClick={() => choose(!shown)}
      className={cx(
        'inline-flex h-8 items-center gap-1 rounded-full border px-3 text-sm',
        shown ? 'border-brand-700 bg-brand-50 font-medium text-brand-900 hover:bg-brand-100' : 'border-slate-300 bg-white hover:bg-slate-100',
      )}
    >
      {shown ? <Check aria-hidden="true" className="size-3.5" /> : null}
      {label}
    </button>
  );
}

/** A single choice applied as soon as it is picked. */
export function ChoiceList({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: Array<{ value: string; label: string }>;
  value: string;
  onChange: (value: string) => void;
}) {
  const [shown, choose] = useShownValue(value, onChange);
  return (
    <fieldset className="flex flex-col">
      <legend className="sr-only">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex min-h-9 cursor-pointer items-center gap-2 rounded-md px-2 hover:bg-slate-50">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={shown === option.value}
            onChange={() => choose(option.value)}
            className="size-4 accent-brand-700"
          />
          <span className="min-w-0 flex-1">{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Several choices, each applied as soon as it is ticked. */
export function CheckList<T extends string>({
  legend,
  options,
  values,
  onChange,
}: {
  legend: string;
  options: Array<{ value: T; label: string }>;
  values: T[];
  onChange: (values: T[]) => void;
}) {
  const [shown, choose] = useShownValue(values, onChange);
  return (
    <fieldset className="flex flex-col">
      <legend className="sr-only">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex min-h-9 cursor-pointer items-center gap-2 rounded-md px-2 hover:bg-slate-50">
          <input
            type="checkbox"
            checked={shown.includes(option.value)}
            onChange={(event) => choose(event.target.checked ? [...shown, option.value] : shown.filter((v) => v !== option.value))}
            className="size-4 accent-brand-700"
          />
          <span className="min-w-0 flex-1">{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The choice as the person just made it, until the address (the source of truth) catches up: the
 * view loads in a transition, and a box that stayed unticked meanwhile would look ignored.
 */
function useShownValue<V>(value: V, onChange: (value: V) => void): [V, (value: V) => void] {
  const [shown, setShown] = useState(value);
  const [from, setFrom] = useState(value);
  if (value !== from) {
    setFrom(value);
    setShown(value);
  }
  return [
    shown,
    (next: V) => {
      setShown(next);
      onChange(next);
    },
  ];
}
