import { getTranslations } from '@/lib/i18n/server';
import type { AppLocale } from '@/i18n/routing';
import { buildCalendar, type CalendarEvent } from './ics';

export interface ScheduledFollowUp {
  id: string;
  version: number;
  kind: 'call' | 'visit' | 'video_call' | 'email' | 'workshop';
  dueAt: Date;
  nextStep: string | null;
  businessId: string;
  businessName: string;
}

/** Visits and workshops take longer than a call; the calendar blocks time accordingly. */
const DURATION_MINUTES = { call: 30, video_call: 45, email: 15, visit: 90, workshop: 120 } as const;

/**
 * Follow-ups as an iCalendar text in the advisor's language: the kind and member as the title, the
 * agreed next step and a link to the member's page as the description. Never the internal summary.
 */
export async function followUpCalendar(followUps: ScheduledFollowUp[], locale: AppLocale, origin: string): Promise<string> {
  const [t, tKinds] = await Promise.all([getTranslations({ locale, namespace: 'followUps' }), getTranslations({ locale, namespace: 'followUpKinds' })]);
  const events: CalendarEvent[] = followUps.map((f) => {
    const url = `${origin}/${locale}/advisor/businesses/${f.businessId}`;
    return {
      uid: `follow-up-${f.id}@kantelpunt`,
      start: f.dueAt,
      durationMinutes: DURATION_MINUTES[f.kind],
      summary: t('calendarSummary', { kind: tKinds(f.kind), business: f.businessName }),
      description: [f.nextStep ? t('calendarNextStep', { step: f.nextStep }) : null, url].filter(Boolean).join('\n\n'),
      url,
      sequence: f.version,
    };
  });
  return buildCalendar(events, { name: t('calendarName') });
}
