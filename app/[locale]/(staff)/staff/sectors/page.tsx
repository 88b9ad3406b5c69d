import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { naceCatalogueVersions } from '@/lib/dal/nace-catalogue';
import { activeNaceVersion } from '@/lib/dal/nace';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { Badge } from '@/components/ui/badge';
import { NaceUploadForm } from './_components/upload-form';
import { Section } from '@/components/ui/section';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('sectors');

/** What the upload form translates in the browser (see lib/i18n/client-messages). */
const UPLOAD_FORM_MESSAGES = ['ui.fileInput', ...['file', 'versionLabel', 'upload', 'uploading'].map((key) => `naceCatalogue.${key}`)];

export default async function SectorCodesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/staff/sectors', ['staff']);
  const [versions, active, t, messages] = await Promise.all([
    naceCatalogueVersions(db, viewer),
    activeNaceVersion(db),
    getTranslations('naceCatalogue'),
    clientMessages(UPLOAD_FORM_MESSAGES),
  ]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      <Table caption={t('versionsCaption')}>
        <THead>
          <tr>
            <Th>{t('version')}</Th>
            <Th className="text-right">{t('codes')}</Th>
          </tr>
        </THead>
        <TBody>
          {versions.map((v) => (
            <Tr key={v.version}>
              <Td>
                NACE-BEL {v.version} {v.version === active ? <Badge tone="success">{t('active')}</Badge> : null}
              </Td>
              <Td className="text-right tabular-nums">{v.codes}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <Section
        id="upload-title"
        title={t('uploadTitle')}
        headingClassName="mb-4 text-xl font-semibold"
        className="rounded-lg border border-slate-200 bg-white p-6"
      >
        <NextIntlClientProvider messages={messages}>
          <NaceUploadForm />
        </NextIntlClientProvider>
      </Section>
    </div>
  );
}
