import { renderToBuffer } from '@react-pdf/renderer';
import type { AppLocale } from '@/i18n/routing';
import type { MemberReportData } from '@/lib/dal/member-report';
import { MemberReportDocument } from './document';
import { reportWording } from './wording';

/** The member's report as PDF bytes, in `locale`. Pure rendering: the data comes from lib/dal/member-report. */
export async function renderMemberReport(data: MemberReportData, locale: AppLocale): Promise<Buffer> {
  return renderToBuffer(<MemberReportDocument text={reportWording(data, locale)} language={locale} />);
}
