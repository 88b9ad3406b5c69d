'use client';

import { useCallback, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { CalendarPlus, MessageSquarePlus, Tags } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { LogContactForm, type Owner } from './log-contact-form';
import { PlanFollowUpForm } from './follow-up-forms';
import { OverrideForm } from './override-form';

type Panel = 'log' | 'plan' | 'override';

/**
 * The member page's main actions in its header: log a contact (the usual next action), plan a
 * follow-up, change the class. Each opens its form in a side panel, which closes on success.
 */
export function RecordActions({
  businessId,
  businessName,
  owners,
  defaultOwnerId,
  override,
}: {
  businessId: string;
  businessName: string;
  owners: Owner[];
  defaultOwnerId: string;
  override: { current: string; classes: Array<{ value: string; label: string }> };
}) {
  const t = useTranslations('followUps');
  const tRecord = useTranslations('advisorRecord');
  const tBusiness = useTranslations('businessPage');
  const [panel, setPanel] = useState<Panel | null>(null);
  const close = useCallback(() => setPanel(null), []);
  const forms: Record<Panel, { title: string; description?: string; body: ReactNode }> = {
    log: {
      title: t('forms.logTitle'),
      description: t('forms.logDescription'),
      body: <LogContactForm businessId={businessId} owners={owners} defaultOwnerId={defaultOwnerId} onDone={close} />,
    },
    plan: {
      title: t('forms.planTitle'),
      description: t('forms.planDescription'),
      body: <PlanFollowUpForm businessId={businessId} owners={owners} defaultOwnerId={defaultOwnerId} onDone={close} />,
    },
    override: {
      title: tBusiness('overrideTitle'),
      body: <OverrideForm businessId={businessId} current={override.current} classes={override.classes} onDone={close} />,
    },
  };
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={tRecord('actions')}>
      <Button size="sm" onClick={() => setPanel('log')}>
        <MessageSquarePlus aria-hidden="true" className="size-4" />
        {t('forms.logAction')}
      </Button>
      <Button size="sm" variant="secondary" onClick={() => setPanel('plan')}>
        <CalendarPlus aria-hidden="true" className="size-4" />
        {t('forms.planAction')}
      </Button>
      <Button size="sm" variant="secondary" onClick={() => setPanel('override')}>
        <Tags aria-hidden="true" className="size-4" />
        {tRecord('overrideAction')}
      </Button>
      <Dialog open={panel !== null} onOpenChange={(next) => (next ? null : close())}>
        {panel ? (
          <DialogContent side="right" title={forms[panel].title} description={forms[panel].description ?? businessName} closeLabel={t('forms.close')}>
            {forms[panel].body}
          </DialogContent>
        ) : null}
      </Dialog>
    </div>
  );
}
