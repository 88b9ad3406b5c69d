import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { buttonClasses } from '@/components/ui/button';
import { Notice } from '@/components/forms/notice';
import { Section } from '@/components/ui/section';

const STORIES = ['chipShop', 'psychologist', 'clothing', 'exporter'] as const;
const STEPS = ['register', 'score', 'coaching'] as const;
const FIGURES = ['social', 'email', 'contactData'] as const;
const AUDIENCES = ['members', 'advisors', 'staff'] as const;

export default async function LandingPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ closed?: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('landing');
  const closed = (await searchParams).closed;

  return (
    // Signed in, the landing page is a reading page inside the full-width frame.
    <div className="mx-auto flex w-full max-w-[70rem] flex-col gap-14">
      {closed ? <Notice>{t('accountClosed')}</Notice> : null}
      <section aria-labelledby="landing-title" className="rounded-2xl bg-brand-800 px-6 py-12 text-white sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-100">{t('eyebrow')}</p>
        <h1 id="landing-title" className="mt-3 max-w-3xl text-3xl font-bold sm:text-5xl">
          {t('title')}
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-brand-50">{t('intro')}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/scan" className={buttonClasses('secondary', 'md')}>
            {t('ctaScan')}
          </Link>
          <Link href="/register" className="inline-flex min-h-11 items-center rounded-md border border-white px-4 font-medium text-white hover:bg-brand-900">
            {t('ctaRegister')}
          </Link>
          <Link
            href="/login"
            className="inline-flex min-h-11 items-center rounded-md px-4 font-medium text-white underline underline-offset-4 hover:bg-brand-900"
          >
            {t('ctaSignIn')}
          </Link>
          <a href="#how" className="inline-flex min-h-11 items-center rounded-md px-4 font-medium text-white underline underline-offset-4 hover:bg-brand-900">
            {t('ctaLearnMore')}
          </a>
        </div>
      </section>

      <Section id="stories-title" title={t('storiesTitle')} headingClassName="text-2xl font-bold">
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {STORIES.map((story) => (
            <li key={story} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 className="font-semibold text-brand-800">{t(`stories.${story}.title`)}</h3>
              <p className="mt-2 text-slate-700">{t(`stories.${story}.text`)}</p>
            </li>
          ))}
        </ul>
        <div className="mt-6 rounded-lg border-l-4 border-accent-600 bg-white p-5">
          <h3 className="font-semibold">{t('notEveryoneTitle')}</h3>
          <p className="mt-2 text-slate-700">{t('notEveryoneText')}</p>
        </div>
      </Section>

      <section id="how" aria-labelledby="how-title" className="scroll-mt-8">
        <h2 id="how-title" className="text-2xl font-bold">
          {t('howTitle')}
        </h2>
        <ol className="mt-6 grid gap-4 md:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step} className="rounded-lg border border-slate-200 bg-white p-5">
              <span className="inline-flex h-8 w-8 items-center justify-center rounded-full bg-brand-700 font-bold text-white" aria-hidden="true">
                {index + 1}
              </span>
              <h3 className="mt-3 font-semibold">{t(`steps.${step}.title`)}</h3>
              <p className="mt-2 text-slate-700">{t(`steps.${step}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <Section id="figures-title" title={t('figuresTitle')} headingClassName="text-2xl font-bold">
        <dl className="mt-6 grid gap-4 md:grid-cols-3">
          {FIGURES.map((figure) => (
            <div key={figure} className="flex flex-col-reverse rounded-lg bg-white p-5 ring-1 ring-slate-200">
              <dt className="mt-2 text-slate-700">{t(`figures.${figure}.label`)}</dt>
              <dd className="text-4xl font-bold text-brand-800">{t(`figures.${figure}.value`)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">{t('figuresSource')}</p>
      </Section>

      <Section id="audiences-title" title={t('audiencesTitle')} headingClassName="text-2xl font-bold">
        <ul className="mt-6 grid gap-4 md:grid-cols-3">
          {AUDIENCES.map((audience) => (
            <li key={audience} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 className="font-semibold">{t(`audiences.${audience}.title`)}</h3>
              <p className="mt-2 text-slate-700">{t(`audiences.${audience}.text`)}</p>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
