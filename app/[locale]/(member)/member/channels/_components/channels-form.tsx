'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { ConflictTable } from '@/components/forms/conflict-table';
import { useFormAction } from '@/components/forms/use-form-action';
import { ChannelStatusFieldset } from '@/components/forms/channel-status-fieldset';
import { saveChannelsAction } from '../../actions';

export interface ChannelRow {
  channel: string;
  name: string;
  info: string;
  status: string;
}

/** One card per channel (ChannelStatusFieldset), saved all at once. */
export function ChannelsForm({ version, rows, statuses }: { version: number; rows: ChannelRow[]; statuses: Array<{ value: string; label: string }> }) {
  const t = useTranslations('channelsForm');
  const { state, formAction, pending, value } = useFormAction(saveChannelsAction);
  const conflictVersion = state.code === 'conflict' ? state.values?.version : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" key={JSON.stringify(state.values ?? {})}>
      <FormMessage state={state} />
      <ConflictTable conflict={state.conflict} namespace="profile" />
      <input type="hidden" name="version" value={typeof conflictVersion === 'string' ? conflictVersion : version} />
      <ul className="flex flex-col gap-3">
        {rows.map((row) => (
          <li key={row.channel}>
            <ChannelStatusFieldset channel={row.channel} name={row.name} info={row.info} statuses={statuses} defaultStatus={value(row.channel, row.status)} />
          </li>
        ))}
      </ul>
      <div className="sticky bottom-0 -mx-1 bg-slate-50/95 px-1 py-3">
        <Button type="submit" pending={pending} pendingLabel={t('saving')} className="w-full sm:w-auto">
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
