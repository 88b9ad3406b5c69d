import 'server-only';
import type { Database } from '@/db/client';
import { channelStatusCounts, classCounts } from '@/lib/dal/programme-counts';
import type { Viewer } from '@/lib/dal/load-viewer';
import { channelAdoption } from './channel-adoption';
import type { ProgrammeFilter } from './filter';

/** Channel adoption in the viewer's scope, filtered: per channel, the members by status (page, table view and CSV). */
export async function channelFigures(db: Database, viewer: Viewer, filter: ProgrammeFilter) {
  const narrowed = { province: filter.province, division: filter.sector };
  const [counts, classes] = await Promise.all([channelStatusCounts(db, viewer, narrowed), classCounts(db, viewer, narrowed)]);
  const members = classes.reduce((sum, row) => sum + row.businesses, 0);
  return { members, channels: channelAdoption(counts, members) };
}
