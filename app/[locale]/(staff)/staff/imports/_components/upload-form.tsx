'use client';

import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { Button } from '@/components/ui/button';
import { FileInput } from '@/components/ui/file-input';

/**
 * Sends the chosen file as the request body (no form encoding, so nothing is buffered twice) and opens the
 * import's page. A file over the limit is refused here already, and again by the server.
 */
export function ImportUploadForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations('imports');
  const locale = useLocale();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const maxMb = maxBytes / 1024 / 1024;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (new FormData(event.currentTarget).get('file') as File | null) ?? null;
    if (!file || (file.size === 0 && file.name === '')) return setMessage(t('chooseFile'));
    if (file.size > maxBytes) return setMessage(t('fileError.too_large', { max: maxMb }));
    setPending(true);
    setMessage(null);
    try {
      const response = await fetch('/api/imports', {
        method: 'POST',
        body: file,
        headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name), 'X-Locale': locale },
      });
      const body = (await response.json().catch(() => null)) as { id?: string; message?: string } | null;
      if (!response.ok || !body?.id) {
        setPending(false);
        return setMessage(body?.message ?? t('failed'));
      }
      router.push(`/staff/imports/${body.id}`);
    } catch {
      setPending(false);
      setMessage(t('failed'));
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {message ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {message}
        </p>
      ) : null}
      <FileInput
        id="import-file"
        name="file"
        label={t('file')}
        hint={t('fileHint', { max: maxMb })}
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      />
      <Button type="submit" pending={pending} pendingLabel={t('uploading')} className="self-start">
        {t('upload')}
      </Button>
    </form>
  );
}
