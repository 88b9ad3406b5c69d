'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { ConflictTable } from '@/components/forms/conflict-table';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveChannelsAction } from '../../actions';

export interface ChannelRow {
  channel: string;
  name: string;
  info: string;
  status: string;
}

/** One card per channel with four big radio buttons: quick to fill in with a thumb. */
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
            <fieldset className="rounded-lg border border-slate-200 bg-white p-4" aria-describedby={`${row.channel}-info`}>
              <legend className="px-1 font-semibold">{row.name}</legend>
              <p id={`${row.channel}-info`} className="text-sm text-slate-700">
                {row.info}
              </p>
              <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {statuses.map((status) => (
                  <label
                    key={status.value}
                    className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold"
                  >
                    <input
                      type="radio"
                      name={row.channel}
                      value={status.value}
                      defaultChecked={value(row.channel, row.status) === status.value}
                      className="h-4 w-4 accent-brand-700"
                    />
                    {status.label}
                  </label>
                ))}
              </div>
            </fieldset>
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
