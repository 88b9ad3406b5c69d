import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { MemberImportView as MemberImport } from '@/lib/member-import/dal/imports';

const TONES: Record<MemberImport['status'], BadgeTone> = {
  uploaded: 'neutral',
  checking: 'info',
  checked: 'warning',
  importing: 'info',
  imported: 'success',
  failed: 'danger',
  expired: 'neutral',
};

/** While the dry run or the import runs, the page refreshes itself to show progress. */
export const importRunning = (item: Pick<MemberImport, 'status'>) => item.status === 'checking' || item.status === 'importing';

export function ImportStatus({ status, label }: { status: MemberImport['status']; label: string }) {
  return <Badge tone={TONES[status]}>{label}</Badge>;
}
