import { getTranslations } from '@/lib/i18n/server';
import type { AppLocale } from '@/i18n/routing';
import { CHANNELS, CHANNEL_STATUSES } from '@/lib/domain/channels';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { PROVINCES } from '@/lib/domain/provinces';
import { COLUMN_KEYS, type ExportLabels } from './member-file';

/** Column headers and value labels of an export, in one language. */
export async function exportLabels(locale: AppLocale): Promise<ExportLabels> {
  const [t, tChannels, tStatus, tClasses, tProvinces, tReasons] = await Promise.all([
    getTranslations({ locale, namespace: 'exports' }),
    getTranslations({ locale, namespace: 'channels' }),
    getTranslations({ locale, namespace: 'channelStatus' }),
    getTranslations({ locale, namespace: 'classes' }),
    getTranslations({ locale, namespace: 'provinces' }),
    getTranslations({ locale, namespace: 'classReasons' }),
  ]);
  return {
    columns: Object.fromEntries(COLUMN_KEYS.map((key) => [key, t(`columns.${key}`)])) as ExportLabels['columns'],
    channels: Object.fromEntries(CHANNELS.map((c) => [c, tChannels(c)])) as ExportLabels['channels'],
    channelStatus: Object.fromEntries(CHANNEL_STATUSES.map((s) => [s, tStatus(s)])),
    classes: Object.fromEntries(CRISIS_CLASSES.map((c) => [c, tClasses(c)])),
    provinces: Object.fromEntries(PROVINCES.map((p) => [p, tProvinces(p)])),
    reason: (reason) => tReasons(reason.code as never, reason as never),
  };
}
