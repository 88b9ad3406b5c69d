import 'server-only';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { businesses } from '@/db/schema';
import type { Viewer } from './load-viewer';

/**
 * The one rule of who sees which business, as a SQL condition: staff all, advisors the
 * provinces they cover, members the business they own. Every business query ANDs this in.
 */
function businessScope(viewer: Viewer): SQL {
  switch (viewer.role) {
    case 'staff':
      return sql`true`;
    case 'advisor':
      return viewer.regions.length > 0 ? inArray(businesses.province, viewer.regions) : sql`false`;
    case 'member':
      return eq(businesses.ownerId, viewer.id);
  }
}

export function withinScope(viewer: Viewer, condition?: SQL): SQL {
  return condition ? (and(businessScope(viewer), condition) as SQL) : businessScope(viewer);
}
