import type { AppLocale } from '@/i18n/routing';
import type { RecommendationReason } from '@/lib/domain/recommendations';
import { translator } from './translator';

/**
 * The sentences around a digital score, said the same way on the member home, after a quick scan
 * and in the PDF report.
 */

/** Why a next step is recommended: "47 % of your sector's peers use it". */
export function recommendationReasonText(locale: AppLocale, reason: RecommendationReason): string {
  const t = translator(locale, 'member');
  switch (reason.kind) {
    case 'peers':
      return t('reasonPeers', { share: Math.round(reason.share * 100) });
    case 'need':
      return t('reasonNeed', { need: translator(locale, 'needs')(reason.need) });
    case 'weakest':
      return t('reasonWeakest', { dimension: translator(locale, 'dimensions')(reason.dimension) });
    case 'planned':
      return t('reasonPlanned');
  }
}

/** Which businesses the peer figures average, or why there are none. */
export function peerNoteText(locale: AppLocale, peers: { group: 'division' | 'section' | 'all'; groupCode: string | null; size: number } | null): string {
  const t = translator(locale, 'member');
  if (!peers) return t('peerNone');
  if (peers.group === 'division') return t('peerDivision', { size: peers.size, group: `NACE ${peers.groupCode}` });
  if (peers.group === 'section') return t('peerSection', { size: peers.size, group: `NACE ${peers.groupCode}` });
  return t('peerAll', { size: peers.size });
}
