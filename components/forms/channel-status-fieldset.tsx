/**
 * One channel as a card with four big radio buttons: quick to answer with a thumb. Used by the
 * member's channels form and the quick scan.
 */
export function ChannelStatusFieldset({
  channel,
  name,
  info,
  statuses,
  defaultStatus,
  required = false,
}: {
  channel: string;
  name: string;
  info: string;
  statuses: Array<{ value: string; label: string }>;
  defaultStatus?: string;
  required?: boolean;
}) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4" aria-describedby={`${channel}-info`}>
      <legend className="px-1 font-semibold">{name}</legend>
      <p id={`${channel}-info`} className="text-sm text-slate-700">
        {info}
      </p>
      <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {statuses.map((status) => (
          <label
            key={status.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold"
          >
            <input
              type="radio"
              name={channel}
              value={status.value}
              required={required}
              defaultChecked={defaultStatus === status.value}
              className="h-4 w-4 accent-brand-700"
            />
            {status.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
