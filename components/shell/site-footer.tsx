import { getTranslations } from '@/lib/i18n/server';
import { cx } from '@/components/ui/cx';

/** `framed`: in the app frame, aligned with the page instead of centred. */
export async function SiteFooter({ framed = false }: { framed?: boolean }) {
  const t = await getTranslations('shell');
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className={cx('flex flex-col gap-1 px-4 py-6 text-sm text-slate-700', framed ? 'md:px-8' : 'mx-auto max-w-6xl')}>
        <p>{t('footer')}</p>
        <p>{t('privacy')}</p>
      </div>
    </footer>
  );
}
