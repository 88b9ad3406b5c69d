import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { getTranslations } from '@/lib/i18n/server';
import { defineRoute } from '@/lib/actions/define-route';
import { naceDivisions } from '@/lib/dal/nace';
import { PROVINCES } from '@/lib/domain/provinces';
import { channelFigures } from '@/lib/programme/channel-figures';
import { ADOPTION_ORDER, RETAIL_MONITOR } from '@/lib/programme/channel-adoption';
import { parseProgrammeFilter } from '@/lib/programme/filter';
import { csvLine, EXCEL_BE } from '@/lib/member-export/cells';

export const dynamic = 'force-dynamic';

/** The channel adoption figure's data as CSV for Belgian Excel: the rows of its table view, for the viewer's scope and the page's filters. */
export const GET = defineRoute(
  {
    allow: ['advisor', 'staff'],
    schema: () =>
      z.strictObject({
        locale: z.enum(routing.locales).optional(),
        province: z.string().max(10).optional(),
        sector: z.string().max(10).optional(),
      }),
  },
  async (input, { viewer, db, locale }) => {
    const divisions = await naceDivisions(db, '2008', locale);
    const provinces: readonly string[] = viewer.role === 'staff' ? PROVINCES : viewer.regions;
    const { filter } = parseProgrammeFilter(input, { provinces, divisions: new Set(divisions.map((d) => d.code)) });
    const [{ channels }, t, tChannels, tStatus] = await Promise.all([
      channelFigures(db, viewer, filter),
      getTranslations({ locale, namespace: 'programme' }),
      getTranslations({ locale, namespace: 'channels' }),
      getTranslations({ locale, namespace: 'channelStatus' }),
    ]);
    const header = csvLine([t('channel'), ...ADOPTION_ORDER.map((status) => tStatus(status)), t('monitorColumn')], EXCEL_BE);
    const lines = channels.map((row) => {
      const monitor = RETAIL_MONITOR[row.channel];
      return csvLine(
        [
          tChannels(row.channel),
          ...ADOPTION_ORDER.map((status) => row.businesses[status]),
          monitor ? t(`monitor.${monitor.key}`, { percent: monitor.percent }) : '',
        ],
        EXCEL_BE,
      );
    });
    return new Response(`\uFEFF${header}${lines.join('')}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="kantelpunt-${t('channelsCsvName')}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
);
