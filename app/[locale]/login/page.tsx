import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';

export default async function LoginPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('login');

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-slate-700">{t('intro')}</p>
      <form method="post" className="mt-8 flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6">
        <Input id="email" name="email" type="email" autoComplete="email" label={t('email')} required />
        <Input id="password" name="password" type="password" autoComplete="current-password" label={t('password')} required />
        <Button type="submit">{t('submit')}</Button>
      </form>
    </div>
  );
}
