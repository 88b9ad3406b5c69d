'use client';

import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

const FORMATS = ['csv_excel', 'csv', 'xlsx'] as const;

type Progress =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number; bytes: number }
  | { state: 'done'; file: string }
  | { state: 'error'; message: string; fieldErrors?: Record<string, string> };

/** The file name the server gave the download. */
function fileName(response: Response): string {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'kantelpunt-export';
}

/**
 * Exports the current view (or the selected rows). The file is fetched as a stream so the page can
 * show how far it is; a download that breaks off says so instead of saving half a file.
 */
export function ExportPanel({ query, selectedIds, total, estimated }: { query: string; selectedIds: string[]; total: number; estimated: boolean }) {
  const t = useTranslations('exports');
  const locale = useLocale();
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set('locale', locale);
    form.set('query', query);
    for (const id of selectedIds) form.append('ids', id);
    setProgress({ state: 'running', done: 0, total: 0, bytes: 0 });
    let response: Response;
    try {
      response = await fetch('/api/exports', { method: 'POST', body: form });
    } catch {
      return setProgress({ state: 'error', message: t('failed') });
    }
    if (!response.ok || !response.body) {
      const body = (await response.json().catch(() => null)) as { message?: string; fieldErrors?: Record<string, string> } | null;
      return setProgress({ state: 'error', message: body?.message ?? t('failed'), fieldErrors: body?.fieldErrors });
    }
    const expected = Number(response.headers.get('x-total-rows') ?? 0);
    const csv = form.get('format') !== 'xlsx';
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let lines = 0;
    let bytes = 0;
    try {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        bytes += value.length;
        if (csv) for (const byte of value) if (byte === 10) lines++;
        setProgress({ state: 'running', done: Math.max(0, lines - 1), total: expected, bytes });
      }
    } catch {
      return setProgress({ state: 'error', message: t('failedMidway') });
    }
    const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName(response);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setProgress({ state: 'done', file: link.download });
  }

  const running = progress.state === 'running';
  const purposeError = progress.state === 'error' ? progress.fieldErrors?.purpose : undefined;
  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate data-testid="export-form">
      <p className="text-sm text-slate-700">
        {selectedIds.length > 0
          ? t('scopeSelected', { count: selectedIds.length })
          : estimated
            ? t('scopeViewAbout', { count: total })
            : t('scopeView', { count: total })}
      </p>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t('format')}</legend>
        {FORMATS.map((format, index) => (
          <label key={format} className="flex min-h-9 items-center gap-2 text-sm">
            <input type="radio" name="format" value={format} defaultChecked={index === 0} className="h-5 w-5 accent-brand-700" />
            {t(`formats.${format}`)}
          </label>
        ))}
      </fieldset>
      <Input id="export-purpose" name="purpose" label={t('purpose')} hint={t('purposeHint')} maxChars={300} required error={purposeError} />
      <Button type="submit" pending={running} className="self-start">
        {t('submit')}
      </Button>
      <p role="status" aria-live="polite" className="text-sm" data-testid="export-status">
        {progress.state === 'running'
          ? progress.total > 0 && progress.done > 0
            ? t('progress', { done: progress.done, total: progress.total })
            : t('progressBytes', { size: `${Math.round(progress.bytes / 1024)} kB` })
          : progress.state === 'done'
            ? t('done', { file: progress.file })
            : null}
      </p>
      {progress.state === 'error' ? (
        <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">
          {progress.message}
        </p>
      ) : null}
    </form>
  );
}
