import 'server-only';
import { headers } from 'next/headers';
import { clientIp } from './request';

/** The address of the client of the request being handled (for rate limits and the audit log). */
export async function currentIp(): Promise<string> {
  return clientIp(await headers());
}
