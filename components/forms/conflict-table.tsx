import type { ActionResult } from '@/lib/actions/result';

/** After a conflicting save: what is stored now beside what the user entered, field by field. */
export function ConflictTable({
  conflict,
  labels,
}: {
  conflict: ActionResult['conflict'];
  labels: { caption: string; field: string; stored: string; yours: string };
}) {
  if (!conflict || conflict.changes.length === 0) return null;
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid="conflict">
      <caption className="py-2 text-left font-semibold">{labels.caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1 pr-3">
            {labels.field}
          </th>
          <th scope="col" className="py-1 pr-3">
            {labels.stored}
          </th>
          <th scope="col" className="py-1">
            {labels.yours}
          </th>
        </tr>
      </thead>
      <tbody>
        {conflict.changes.map((change) => (
          <tr key={change.field} className="border-b border-slate-200">
            <th scope="row" className="py-1 pr-3 font-medium">
              {change.label}
            </th>
            <td className="py-1 pr-3">{change.stored}</td>
            <td className="py-1">{change.yours}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
