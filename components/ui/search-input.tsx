/** The labelled free-text box of a search form (the form and its other filters are the page's). */
export function SearchInput({ label, defaultValue }: { label: string; defaultValue?: string }) {
  return (
    <div className="flex min-w-64 flex-1 flex-col gap-1">
      <label htmlFor="q" className="text-sm font-medium">
        {label}
      </label>
      <input id="q" name="q" type="search" defaultValue={defaultValue} className="min-h-11 rounded-md border border-slate-400 bg-white px-3" />
    </div>
  );
}
