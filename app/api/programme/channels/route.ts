import { z } from 'zod';
import { getTranslations } from '@/lib/i18n/server';
import { defineRoute } from '@/lib/actions/define-route';
import { channelFigures } from '@/lib/programme/channel-figures';
import { ADOPTION_ORDER, RETAIL_MONITOR } from '@/lib/programme/channel-adoption';
import { PROGRAMME_CSV_FIELDS, programmeCsvResponse } from '@/lib/programme/csv-route';
import { programmeFilterFor } from '@/lib/programme/viewer-filter';

export const dynamic = 'force-dynamic';

/** The channel adoption figure's data as CSV: the rows of its table view, for the viewer's scope and the page's filters. */
export const GET = defineRoute({ allow: ['advisor', 'staff'], schema: () => z.strictObject(PROGRAMME_CSV_FIELDS) }, async (input, { viewer, db, locale }) => {
  const { filter } = await programmeFilterFor(db, viewer, locale, input);
  const [{ channels }, t, tChannels, tStatus] = await Promise.all([
    channelFigures(db, viewer, filter),
    getTranslations({ locale, namespace: 'programme' }),
    getTranslations({ locale, namespace: 'channels' }),
    getTranslations({ locale, namespace: 'channelStatus' }),
  ]);
  return programmeCsvResponse(t('channelsCsvName'), [
    [t('channel'), ...ADOPTION_ORDER.map((status) => tStatus(status)), t('monitorColumn')],
    ...channels.map((row) => {
      const monitor = RETAIL_MONITOR[row.channel];
      return [
        tChannels(row.channel),
        ...ADOPTION_ORDER.map((status) => row.businesses[status]),
        monitor ? t(`monitor.${monitor.key}`, { percent: monitor.percent }) : '',
      ];
    }),
  ]);
});
