import type { Channel } from '@/lib/domain/channels';
import type { CrisisClass } from '@/lib/domain/classification';
import type { Province } from '@/lib/domain/provinces';
import { DEFAULT_QUERY, parseTriageQuery, type SortId, type TriageQuery } from './query';

/**
 * A triage view (as stored in its URL form, e.g. with an export in the audit log) taken apart into
 * the filters people chose, in the order of the filter bar, so a page can say it in words in its
 * own language ("Klasse: Winnaar · Provincie: Limburg") instead of showing the query string.
 * Defaults (no filter, priority order, page and page size) are left out.
 */
export type QueryPart =
  | { filter: 'search'; text: string }
  | { filter: 'province'; provinces: Province[] }
  | { filter: 'class'; classes: CrisisClass[] }
  | { filter: 'sector'; code: string }
  | { filter: 'uses' | 'notUses'; channel: Channel }
  | { filter: 'revenue'; band: NonNullable<TriageQuery['revenue']> }
  | { filter: 'score'; min?: number; max?: number }
  | { filter: 'advisor'; advisor: 'mine' | 'unassigned' | { id: string } }
  | { filter: 'followUp'; band: NonNullable<TriageQuery['followUp']> }
  | { filter: 'help' }
  | { filter: 'sort'; column: SortId; dir: 'asc' | 'desc' };

export function describeQuery(view: string): QueryPart[] {
  const params: Record<string, string> = Object.fromEntries(new URLSearchParams(view));
  const { query } = parseTriageQuery(params);
  const parts: QueryPart[] = [];
  if (query.q) parts.push({ filter: 'search', text: query.q });
  if (query.provinces.length > 0) parts.push({ filter: 'province', provinces: query.provinces });
  if (query.classes.length > 0) parts.push({ filter: 'class', classes: query.classes });
  if (query.sector) parts.push({ filter: 'sector', code: query.sector });
  if (query.uses) parts.push({ filter: 'uses', channel: query.uses });
  if (query.notUses) parts.push({ filter: 'notUses', channel: query.notUses });
  if (query.revenue) parts.push({ filter: 'revenue', band: query.revenue });
  if (query.scoreMin !== undefined || query.scoreMax !== undefined) parts.push({ filter: 'score', min: query.scoreMin, max: query.scoreMax });
  if (query.advisor) {
    parts.push({ filter: 'advisor', advisor: query.advisor === 'mine' || query.advisor === 'unassigned' ? query.advisor : { id: query.advisor } });
  }
  if (query.followUp) parts.push({ filter: 'followUp', band: query.followUp });
  if (query.help) parts.push({ filter: 'help' });
  if (query.sort !== DEFAULT_QUERY.sort || query.dir !== DEFAULT_QUERY.dir) parts.push({ filter: 'sort', column: query.sort, dir: query.dir });
  return parts;
}
