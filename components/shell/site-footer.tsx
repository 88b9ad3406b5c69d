import { getTranslations } from '@/lib/i18n/server';

export async function SiteFooter() {
  const t = await getTranslations('shell');
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-6 text-sm text-slate-700">
        <p>{t('footer')}</p>
        <p>{t('privacy')}</p>
      </div>
    </footer>
  );
}
