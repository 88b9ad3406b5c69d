export interface CheckboxOption {
  value: string;
  label: string;
}

/** A fieldset of checkboxes posting `name` once per ticked box. */
export function CheckboxGroup({
  name,
  legend,
  options,
  defaultValues,
  error,
}: {
  name: string;
  legend: string;
  options: CheckboxOption[];
  defaultValues: string[];
  error?: string;
}) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-9 items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
              className="h-5 w-5 accent-brand-700"
            />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
