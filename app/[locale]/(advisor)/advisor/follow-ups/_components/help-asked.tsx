import { NextIntlClientProvider } from 'next-intl';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { clientMessages } from '@/lib/i18n/client-messages';
import { Link } from '@/i18n/navigation';
import type { OpenHelpRequest } from '@/lib/dal/help-requests';
import { NEEDS, type Need } from '@/lib/domain/channels';
import { Notice } from '@/components/forms/notice';
import { TakeUpButton } from './take-up-button';

/**
 * "Help asked": members of the advisor's provinces who asked for coaching and whom nobody took up
 * yet, longest waiting first, each with a button to take the request up. Shown above the queue.
 */
export async function HelpAsked({ requests, takenUp }: { requests: OpenHelpRequest[]; takenUp?: 'yes' | 'assigned' }) {
  const [t, tNeeds, format, messages] = await Promise.all([
    getTranslations('helpRequests'),
    getTranslations('needs'),
    getFormatter(),
    clientMessages(['helpRequests.queue']),
  ]);
  const topicLabel = (topic: string) => ((NEEDS as readonly string[]).includes(topic) ? tNeeds(topic as Need) : t('form.other'));
  return (
    <section aria-labelledby="help-asked-title" data-testid="help-asked">
      <h2 id="help-asked-title" className="mb-2 text-xl font-semibold">
        {t('queue.title')} <span className="text-base font-normal text-slate-600">({requests.length})</span>
      </h2>
      {takenUp ? (
        <div className="mb-2">
          <Notice>{t(takenUp === 'assigned' ? 'queue.takenUpAssigned' : 'queue.takenUp')}</Notice>
        </div>
      ) : null}
      {requests.length === 0 ? (
        <p className="text-slate-700">{t('queue.empty')}</p>
      ) : (
        <NextIntlClientProvider messages={messages}>
          <ul className="flex flex-col gap-2">
            {requests.map((request) => (
              <li key={request.id} className="flex flex-wrap items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2.5">
                <span className="flex min-w-0 flex-1 flex-col gap-1">
                  <span className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
                    <Link href={`/advisor/businesses/${request.businessId}`} className="font-medium text-brand-800 underline underline-offset-2">
                      {request.businessName}
                    </Link>
                    <span className="text-slate-700">
                      {[topicLabel(request.topic), request.locality, t('queue.askedOn', { date: format.dateTime(request.createdAt, { dateStyle: 'medium' }) })]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                  {request.message ? <span className="whitespace-pre-line text-slate-800">{request.message}</span> : null}
                </span>
                <TakeUpButton id={request.id} businessName={request.businessName} />
              </li>
            ))}
          </ul>
        </NextIntlClientProvider>
      )}
    </section>
  );
}
