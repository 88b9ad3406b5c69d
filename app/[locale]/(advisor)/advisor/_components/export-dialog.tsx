'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { triageSearchParams } from '@/lib/triage/query';
import { ExportPanel } from './export-panel';
import { useTriageNavigation } from './triage-navigation';

/** The export form in a dialog, for the view on screen or the selected rows; opens over the table instead of pushing it down. */
export function ExportDialog({
  selectedIds,
  total,
  estimated,
  className,
  children,
}: {
  selectedIds: string[];
  total: number;
  estimated: boolean;
  className: string;
  children: ReactNode;
}) {
  const tw = useTranslations('workspace');
  const tExports = useTranslations('exports');
  const { query } = useTriageNavigation();
  return (
    <Dialog>
      <DialogTrigger className={className}>{children}</DialogTrigger>
      <DialogContent title={tExports('panelTitle')} closeLabel={tw('close')}>
        <ExportPanel query={triageSearchParams(query, { page: 1 }).toString()} selectedIds={selectedIds} total={total} estimated={estimated} />
      </DialogContent>
    </Dialog>
  );
}
