'use client';

import { useTranslations } from 'next-intl';
import { Download, Gauge, UserPlus, X } from 'lucide-react';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { BulkAssignForm, BulkPriorityForm, type AdvisorOption } from './bulk-forms';
import { ExportDialog } from './export-dialog';

const action = 'inline-flex h-9 items-center gap-1.5 rounded-md px-3 text-sm font-medium hover:bg-slate-700 data-[state=open]:bg-slate-700';

/** What can be done with the selected rows; shown at the bottom of the screen only while rows are selected. */
export function SelectionBar({
  selectedIds,
  advisors,
  canExport,
  onClear,
  total,
  estimated,
}: {
  selectedIds: string[];
  advisors: AdvisorOption[];
  canExport: boolean;
  onClear: () => void;
  total: number;
  estimated: boolean;
}) {
  const t = useTranslations('triage');
  const tw = useTranslations('workspace');
  if (selectedIds.length === 0) return null;
  return (
    <div
      role="region"
      aria-label={tw('selectionBar')}
      className="fixed inset-x-2 bottom-3 z-30 mx-auto flex max-w-fit flex-wrap items-center gap-1 rounded-xl bg-slate-900 p-1.5 pl-4 text-white shadow-xl"
    >
      <p className="mr-2 text-sm font-medium" aria-live="polite">
        {t('selected', { count: selectedIds.length })}
      </p>
      <Popover>
        <PopoverTrigger className={action}>
          <UserPlus aria-hidden="true" className="size-4" />
          {t('bulkSubmit')}
        </PopoverTrigger>
        <PopoverContent side="top" aria-label={t('bulkLegend')}>
          <BulkAssignForm selectedIds={selectedIds} advisors={advisors} onDone={onClear} />
        </PopoverContent>
      </Popover>
      <Popover>
        <PopoverTrigger className={action}>
          <Gauge aria-hidden="true" className="size-4" />
          {tw('priority')}
        </PopoverTrigger>
        <PopoverContent side="top" aria-label={t('priorityLegend')}>
          <BulkPriorityForm selectedIds={selectedIds} onDone={onClear} />
        </PopoverContent>
      </Popover>
      {canExport ? (
        <ExportDialog className={action} selectedIds={selectedIds} total={total} estimated={estimated}>
          <Download aria-hidden="true" className="size-4" />
          {tw('exportSelection')}
        </ExportDialog>
      ) : null}
      <button type="button" onClick={onClear} className={action} aria-label={tw('clearSelection')}>
        <X aria-hidden="true" className="size-4" />
      </button>
    </div>
  );
}
