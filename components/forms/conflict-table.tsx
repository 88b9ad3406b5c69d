import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/result';

/**
 * After a conflicting save: what is stored now beside what the user entered, field by field.
 * `namespace` holds its four texts (conflictCaption, conflictField, conflictStored, conflictYours);
 * the member's forms use `profile`'s, the follow-up forms their own.
 */
export function ConflictTable({ conflict, namespace }: { conflict: ActionResult['conflict']; namespace: 'profile' | 'followUps' }) {
  const t = useTranslations(namespace);
  if (!conflict || conflict.changes.length === 0) return null;
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid="conflict">
      <caption className="py-2 text-left font-semibold">{t('conflictCaption')}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1 pr-3">
            {t('conflictField')}
          </th>
          <th scope="col" className="py-1 pr-3">
            {t('conflictStored')}
          </th>
          <th scope="col" className="py-1">
            {t('conflictYours')}
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
