'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { provinceForPostcode } from '@/lib/domain/provinces';

/** Postcode first; then the localities of that postcode to choose from, and the province it lies in. */
export function LocationFields({
  localitiesByPostcode,
  provinceNames,
  defaultPostcode,
  defaultLocality,
  errors,
}: {
  localitiesByPostcode: Record<string, string[]>;
  /** Translated name per province code. */
  provinceNames: Record<string, string>;
  defaultPostcode: string;
  defaultLocality: string;
  errors: { postcode?: string; locality?: string };
}) {
  const t = useTranslations('profile');
  const [postcode, setPostcode] = useState(defaultPostcode);
  const localities = localitiesByPostcode[postcode] ?? [];
  const code = localities.length > 0 ? provinceForPostcode(postcode) : null;
  const province = code ? provinceNames[code] : undefined;
  return (
    <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
      <Input
        id="postcode"
        name="postcode"
        label={t('postcode')}
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={4}
        value={postcode}
        onChange={(event) => setPostcode(event.target.value.replace(/\D/g, '').slice(0, 4))}
        error={errors.postcode}
        required
      />
      <div className="flex flex-col gap-1">
        <Select
          id="locality"
          name="locality"
          label={t('locality')}
          options={localities.map((l) => ({ value: l, label: l }))}
          placeholder={localities.length === 0 ? t('localityPlaceholder') : undefined}
          defaultValue={localities.includes(defaultLocality) ? defaultLocality : localities[0]}
          key={postcode}
          error={errors.locality}
          required
        />
        {province ? (
          <p className="text-sm text-slate-700" aria-live="polite">
            {t('province', { province })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
