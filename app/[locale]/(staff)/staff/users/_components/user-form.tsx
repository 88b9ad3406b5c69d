'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Select, type SelectOption } from '@/components/ui/select';
import { Button } from '@/components/ui/button';
import { CheckboxGroup, type CheckboxOption } from '@/components/ui/checkbox-group';
import { Checkbox } from '@/components/ui/checkbox';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { inviteUserAction, updateUserAction } from '../actions';

interface Choices {
  roles: SelectOption[];
  statuses: SelectOption[];
  provinces: CheckboxOption[];
  languages: SelectOption[];
}

/** Staff edit a user's role, status and regions. */
export function EditUserForm({
  user,
  choices,
}: {
  user: { id: string; role: string; status: string; regions: string[]; canExport: boolean };
  choices: Choices;
}) {
  const t = useTranslations('staffUsers');
  const { state, formAction, pending, error, value, values } = useFormAction(updateUserAction);
  // React resets a form after its action; re-mounting with the echoed values keeps what was chosen.
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate key={JSON.stringify(state.values ?? {})}>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={user.id} />
      <Select id="role" name="role" label={t('role')} options={choices.roles} defaultValue={value('role', user.role)} error={error('role')} />
      <Select
        id="status"
        name="status"
        label={t('status')}
        options={choices.statuses}
        defaultValue={value('status', user.status === 'deactivated' ? 'deactivated' : 'active')}
        error={error('status')}
      />
      <CheckboxGroup
        name="regions"
        legend={t('regions')}
        options={choices.provinces}
        defaultValues={values('regions', user.regions)}
        error={error('regions')}
      />
      <Checkbox id="canExport" name="canExport" label={t('canExport')} defaultChecked={state.values ? state.values.canExport === 'on' : user.canExport} />
      <Button type="submit" pending={pending} pendingLabel={t('saving')}>
        {t('save')}
      </Button>
    </form>
  );
}

/** Staff invite an advisor or a colleague. */
export function InviteUserForm({ choices, defaultLanguage }: { choices: Choices; defaultLanguage: string }) {
  const t = useTranslations('staffUsers');
  const { state, formAction, pending, error, value, values } = useFormAction(inviteUserAction);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate key={`${state.status}-${state.message ?? ''}-${JSON.stringify(state.values ?? {})}`}>
      <FormMessage state={state} />
      <Input id="name" name="name" label={t('name')} required maxChars={120} defaultValue={value('name')} error={error('name')} />
      <Input id="email" name="email" type="email" label={t('email')} required defaultValue={value('email')} error={error('email')} />
      <Select id="role" name="role" label={t('role')} options={choices.roles} defaultValue={value('role', 'advisor')} error={error('role')} />
      <CheckboxGroup name="regions" legend={t('regions')} options={choices.provinces} defaultValues={values('regions')} error={error('regions')} />
      <Select
        id="language"
        name="language"
        label={t('language')}
        options={choices.languages}
        defaultValue={value('language', defaultLanguage)}
        error={error('language')}
      />
      <Button type="submit" pending={pending} pendingLabel={t('saving')}>
        {t('sendInvite')}
      </Button>
    </form>
  );
}
