import 'server-only';
import { notFound, redirect } from 'next/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { Role } from './access';
import { getViewer, type Viewer } from './viewer';

/**
 * For pages: the signed-in viewer with one of `roles`. Anonymous visitors go to the sign-in
 * page (and come back to `path`); other roles get a plain 404, which reveals nothing.
 */
export async function requirePageViewer(locale: AppLocale, path: string, roles: readonly Role[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/login?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  if (!roles.includes(viewer.role)) notFound();
  return viewer;
}

export function homePathFor(role: Role): string {
  return role === 'member' ? '/member' : '/advisor';
}
