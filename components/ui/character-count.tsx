'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { cx } from './cx';

/**
 * The number of characters typed in the control `target` against the field's limit. Controls
 * carry no `maxLength`: the browser would cut pasted text silently, and the member would save
 * a name or a summary that stops mid-sentence. Here the text stays whole, the count turns red
 * past the limit, and the server refuses it with its own message.
 *
 * The count is part of the control's description (aria-describedby), read when it gets focus;
 * only crossing the limit is announced (the live region), not every keystroke.
 */
export function CharacterCount({ id, target, max }: { id: string; target: string; max: number }) {
  const t = useTranslations('ui');
  const [length, setLength] = useState<number | null>(null);
  useEffect(() => {
    const control = document.getElementById(target) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!control) return;
    const update = () => setLength(control.value.length);
    update();
    control.addEventListener('input', update);
    return () => control.removeEventListener('input', update);
  }, [target]);

  const over = length !== null && length > max;
  return (
    <>
      <p id={id} className={cx('text-sm', over ? 'font-medium text-red-700' : 'text-slate-600')} data-testid="character-count">
        {length === null
          ? t('charactersMax', { max })
          : over
            ? t('charactersOver', { count: length - max, max })
            : t('charactersCount', { count: length, max })}
      </p>
      <span className="sr-only" aria-live="polite">
        {over ? t('tooLongAlert') : ''}
      </span>
    </>
  );
}
