import 'server-only';
import { notFound, redirect } from 'next/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { Role } from './access';
import { requestContext } from './request';
import type { Viewer } from './viewer';
import type { Database } from '@/db/client';

/**
 * For pages: the signed-in viewer with one of `roles`. Anonymous visitors go to the sign-in
 * page (and come back to `path`); other roles get a plain 404, which reveals nothing. Comes with
 * the database, for the page's calls into the data access layer.
 */
export async function requirePageViewer(locale: AppLocale, path: string, roles: readonly Role[]): Promise<{ viewer: Viewer; db: Database }> {
  const { viewer, db } = await requestContext();
  if (!viewer) redirect(`/${locale}/login?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  if (!roles.includes(viewer.role)) notFound();
  return { viewer, db };
}

export function homePathFor(role: Role): string {
  return role === 'member' ? '/member' : '/advisor';
}
