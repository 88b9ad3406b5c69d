import { Input } from '@/components/ui/input';

/** How revenue moved against before the crisis, in percent: the profile's and the quick scan's field. */
export function RevenueChangeInput({ label, hint, defaultValue, error }: { label: string; hint: string; defaultValue: string; error?: string }) {
  return (
    <Input
      id="revenueChangePct"
      name="revenueChangePct"
      label={label}
      hint={hint}
      // Not "numeric": phone keypads for it have no minus sign, and the hint asks for −30.
      inputMode="text"
      defaultValue={defaultValue}
      error={error}
    />
  );
}
