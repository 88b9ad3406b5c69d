'use client';

import { useCallback, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { CalendarClock, CalendarPlus, Check, Pencil, X } from 'lucide-react';
import { Button, buttonClasses } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { CancelFollowUpForm, CompleteFollowUpForm, EditFollowUpForm, RescheduleFollowUpForm, type FollowUpView } from './follow-up-forms';
import type { Owner } from './log-contact-form';

type Panel = 'complete' | 'reschedule' | 'edit' | 'cancel';

/**
 * A follow-up's actions on one row of small buttons, each opening its form in a side panel:
 * complete and reschedule while open, edit (the member's page only, where the owners are
 * known), cancel, and the .ics invitation. The panel closes when the form succeeds.
 */
export function FollowUpActions({ followUp, owners, label }: { followUp: FollowUpView; owners?: Owner[]; label: string }) {
  const t = useTranslations('followUps');
  const [panel, setPanel] = useState<Panel | null>(null);
  const close = useCallback(() => setPanel(null), []);
  const open = followUp.status === 'open';
  const forms: Record<Panel, { title: string; body: ReactNode }> = {
    complete: { title: t('forms.completeTitle'), body: <CompleteFollowUpForm followUp={followUp} owners={owners} onDone={close} /> },
    reschedule: { title: t('forms.rescheduleTitle'), body: <RescheduleFollowUpForm followUp={followUp} onDone={close} /> },
    edit: { title: t('forms.editTitle'), body: owners ? <EditFollowUpForm followUp={followUp} owners={owners} onDone={close} /> : null },
    cancel: { title: t('forms.cancelTitle'), body: <CancelFollowUpForm followUp={followUp} onDone={close} /> },
  };
  const button = (name: Panel, text: string, icon: ReactNode, variant: 'primary' | 'secondary' = 'secondary') => (
    <Button size="sm" variant={variant} onClick={() => setPanel(name)} className="min-h-8 px-2.5">
      {icon}
      {text}
    </Button>
  );
  const icon = 'size-4';
  return (
    <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label={label}>
      {open ? button('complete', t('complete'), <Check aria-hidden="true" className={icon} />, 'primary') : null}
      {open ? button('reschedule', t('forms.reschedule'), <CalendarClock aria-hidden="true" className={icon} />) : null}
      {owners ? button('edit', t('edit'), <Pencil aria-hidden="true" className={icon} />) : null}
      {open && owners ? button('cancel', t('cancel'), <X aria-hidden="true" className={icon} />) : null}
      {open && followUp.dueAt ? (
        <a href={`/api/follow-ups/${followUp.id}/ics`} download className={buttonClasses('ghost', 'sm', 'min-h-8 px-2.5')}>
          <CalendarPlus aria-hidden="true" className={icon} />
          {t('ics')}
        </a>
      ) : null}
      <Dialog open={panel !== null} onOpenChange={(next) => (next ? null : close())}>
        {panel ? (
          <DialogContent side="right" title={forms[panel].title} description={label} closeLabel={t('forms.close')}>
            {forms[panel].body}
          </DialogContent>
        ) : null}
      </Dialog>
    </div>
  );
}
