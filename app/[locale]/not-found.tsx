import { getTranslations } from '@/lib/i18n/server';
import { Link } from '@/i18n/navigation';
import { buttonClasses } from '@/components/ui/button';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-slate-700">{t('text')}</p>
      <Link href="/" className={buttonClasses('primary', 'md', 'mt-8')}>
        {t('home')}
      </Link>
    </div>
  );
}
