import 'server-only';
import type { Viewer } from './load-viewer';

export type Role = Viewer['role'];

/** Every signed-in role: for what any account may do with its own things (its account page, its sessions). */
export const ALL_ROLES: readonly Role[] = ['member', 'advisor', 'staff'];

/** Thrown by the data access layer when the viewer may not do what is asked. */
export class AccessDenied extends Error {
  constructor(readonly kind: 'unauthenticated' | 'forbidden' | 'not_found') {
    super(kind);
    this.name = 'AccessDenied';
  }
}

/** Narrows to a signed-in viewer with one of `roles`, or throws AccessDenied. */
export function requireRole(viewer: Viewer | null, roles: readonly Role[]): Viewer {
  if (!viewer) throw new AccessDenied('unauthenticated');
  if (!roles.includes(viewer.role)) throw new AccessDenied('forbidden');
  return viewer;
}
