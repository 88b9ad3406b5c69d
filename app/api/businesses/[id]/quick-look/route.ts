import { z } from 'zod';
import { defineRoute, routeError } from '@/lib/actions/define-route';
import { quickLook } from '@/lib/dal/quick-look';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { formatEnterpriseNumber, sectorLabel } from '@/components/format';

export const dynamic = 'force-dynamic';

/** The essentials the quick look in the triage table shows, already in the viewer's language. */
export type QuickLookAnswer = Awaited<ReturnType<typeof answer>>;

async function answer(found: NonNullable<Awaited<ReturnType<typeof quickLook>>>, locale: string) {
  const [tReasons, tChannels, tKinds, tProvinces, format] = await Promise.all([
    getTranslations({ locale, namespace: 'classReasons' }),
    getTranslations({ locale, namespace: 'channels' }),
    getTranslations({ locale, namespace: 'followUpKinds' }),
    getTranslations({ locale, namespace: 'provinces' }),
    getFormatter({ locale }),
  ]);
  const { business, lastContact, nextFollowUp, owners, defaultOwnerId } = found;
  const when = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' }) : null);
  const step = (s: typeof lastContact) => (s ? { kind: tKinds(s.kind), at: when(s.at), owner: s.owner, summary: s.summary } : null);
  return {
    id: business.id,
    name: business.name,
    enterpriseNumber: formatEnterpriseNumber(business.enterpriseNumber),
    place: [business.locality, business.province ? tProvinces(business.province as never) : null].filter(Boolean).join(', '),
    sector: sectorLabel(business, locale),
    effectiveClass: business.effectiveClass,
    computedClass: business.computedClass,
    overridden: business.overrideClass !== null,
    reasons: business.classReasons.map((reason) => tReasons(reason.code, reason as never)),
    priority: business.coachingPriority,
    score: business.digitalScore,
    revenueChangePct: business.revenueChangePct,
    channelsInUse: business.channels.filter((c) => c.status === 'in_use').map((c) => tChannels(c.channel)),
    advisor: business.advisorName,
    lastContact: step(lastContact),
    nextFollowUp: step(nextFollowUp),
    overdue: nextFollowUp?.at ? nextFollowUp.at.getTime() < Date.now() : false,
    owners,
    defaultOwnerId,
  };
}

export const GET = defineRoute(
  { allow: ['advisor', 'staff'], params: z.object({ id: z.uuid() }), schema: () => z.strictObject({}) },
  async (_input, { viewer, db, params, locale, t }) => {
    const found = await quickLook(db, viewer, params.id);
    if (!found) return routeError(404, t('not_found'));
    return Response.json(await answer(found, locale), { headers: { 'Cache-Control': 'private, no-store' } });
  },
);
