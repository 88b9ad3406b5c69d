import { NextIntlClientProvider } from 'next-intl';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { clientMessages } from '@/lib/i18n/client-messages';
import type { OwnHelpRequest } from '@/lib/dal/help-requests';
import { NEEDS, type Need } from '@/lib/domain/channels';
import { topicsInOrder } from '@/lib/domain/help-requests';
import type { Province } from '@/lib/domain/provinces';
import { AskAdvisorForm } from './ask-advisor-form';

/** How many earlier (taken up) requests the section lists. */
const EARLIER_SHOWN = 3;

/**
 * "Ask an advisor" on the member's home: the request that is open (received on, by the advisors of
 * which province), or else the form to ask; and the latest requests advisors took up, with who and
 * when. The section's id is what the first-visit checklist links to (/member#ask-advisor).
 */
export async function AskAdvisor({ requests, needs, province }: { requests: OwnHelpRequest[]; needs: readonly string[]; province: Province | null }) {
  const [t, tNeeds, tProvinces, format] = await Promise.all([
    getTranslations('helpRequests'),
    getTranslations('needs'),
    getTranslations('provinces'),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium' });
  const topicLabel = (topic: string) => ((NEEDS as readonly string[]).includes(topic) ? tNeeds(topic as Need) : t('form.other'));
  const open = requests.find((request) => request.takenAt === null);
  const earlier = requests.filter((request) => request.takenAt !== null).slice(0, EARLIER_SHOWN);
  const { own, rest } = topicsInOrder(needs);
  const option = (need: Need) => ({ value: need, label: tNeeds(need) });

  return (
    <section
      id="ask-advisor"
      aria-labelledby="ask-advisor-title"
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-6"
      data-testid="ask-advisor"
    >
      <h2 id="ask-advisor-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      {open ? (
        <div className="mt-3 rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-3" data-testid="help-open">
          <p className="font-medium text-brand-900">
            {province ? t('received', { date: date(open.createdAt), province: tProvinces(province) }) : t('receivedNoProvince', { date: date(open.createdAt) })}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            {topicLabel(open.topic)}
            {open.message ? ` · ${open.message}` : null}
          </p>
        </div>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{t('intro')}</p>
          <NextIntlClientProvider messages={await clientMessages(['ui', 'helpRequests.form'])}>
            <AskAdvisorForm own={own.map(option)} rest={rest.map(option)} other={{ value: 'other', label: t('form.other') }} />
          </NextIntlClientProvider>
        </>
      )}
      {earlier.length > 0 ? (
        <>
          <h3 className="mt-6 text-base font-semibold">{t('earlier')}</h3>
          <ul className="mt-2 flex flex-col gap-2" data-testid="help-earlier">
            {earlier.map((request) => (
              <li key={request.id} className="rounded-md border border-slate-200 px-4 py-3">
                <span className="font-medium">{topicLabel(request.topic)}</span>
                <span className="block text-sm text-slate-700">
                  {request.takenByName
                    ? t('takenUp', { advisor: request.takenByName, date: date(request.takenAt!) })
                    : t('takenUpNoName', { date: date(request.takenAt!) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
