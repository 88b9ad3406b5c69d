import { CHANNELS } from '@/lib/domain/channels';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { PROVINCES } from '@/lib/domain/provinces';
import { integerParam, SEARCH_MAX, searchTextParam } from '@/lib/navigation/search-params';
import { isId } from '@/lib/validation/ids';

/**
 * The triage table's view, as it lives in the URL (so a view can be bookmarked and shared).
 * Parsing never fails: an invalid parameter falls back to its default and is named in `notices`,
 * so the page shows the nearest valid view with a note instead of an error.
 */
export const SORT_IDS = [
  'priority',
  'name',
  'locality',
  'province',
  'sector',
  'class',
  'score',
  'revenue',
  'channels',
  'advisor',
  'lastContact',
  'nextFollowUp',
  'updated',
] as const;
export type SortId = (typeof SORT_IDS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;
export const REVENUE_BANDS = ['down_big', 'down', 'flat', 'up', 'unknown'] as const;
type RevenueBand = (typeof REVENUE_BANDS)[number];
const MAX_SEARCH_LENGTH = SEARCH_MAX;
/** Follow-up planning: overdue, due within 7 days, anything planned, nothing planned. */
export const FOLLOW_UP_BANDS = ['overdue', 'week', 'planned', 'none'] as const;
type FollowUpBand = (typeof FOLLOW_UP_BANDS)[number];

export interface TriageQuery {
  provinces: (typeof PROVINCES)[number][];
  classes: (typeof CRISIS_CLASSES)[number][];
  /** A NACE section letter (A–U) or division (two digits). */
  sector?: string;
  uses?: (typeof CHANNELS)[number];
  notUses?: (typeof CHANNELS)[number];
  revenue?: RevenueBand;
  scoreMin?: number;
  scoreMax?: number;
  /** 'mine', 'unassigned' or an advisor's id. */
  advisor?: string;
  followUp?: FollowUpBand;
  /** Only members with an open request for help (set or absent: there is no "not asked" view). */
  help?: true;
  q?: string;
  sort: SortId;
  dir: 'asc' | 'desc';
  page: number;
  size: (typeof PAGE_SIZES)[number];
}

export const DEFAULT_QUERY: TriageQuery = { provinces: [], classes: [], sort: 'priority', dir: 'desc', page: 1, size: 25 };

type Params = Record<string, string | string[] | undefined>;

const list = (value: string | string[] | undefined) => (value === undefined ? [] : (Array.isArray(value) ? value : value.split(',')).filter(Boolean));
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseTriageQuery(params: Params): { query: TriageQuery; notices: string[] } {
  const notices: string[] = [];
  const query: TriageQuery = { ...DEFAULT_QUERY, provinces: [], classes: [] };
  const pick = <T>(name: string, parse: () => T | undefined, raw: unknown): T | undefined => {
    if (raw === undefined || raw === '') return undefined;
    const value = parse();
    if (value === undefined) notices.push(name);
    return value;
  };

  const provinces = list(params.province);
  query.provinces = provinces.filter((p): p is TriageQuery['provinces'][number] => (PROVINCES as readonly string[]).includes(p));
  if (query.provinces.length !== provinces.length) notices.push('province');
  const classes = list(params.class);
  query.classes = classes.filter((c): c is TriageQuery['classes'][number] => (CRISIS_CLASSES as readonly string[]).includes(c));
  if (query.classes.length !== classes.length) notices.push('class');

  const sector = first(params.sector);
  query.sector = pick('sector', () => (sector && /^([A-U]|\d{2})$/.test(sector) ? sector : undefined), sector);
  const uses = first(params.uses);
  query.uses = pick('uses', () => CHANNELS.find((c) => c === uses), uses);
  const notUses = first(params.notUses);
  query.notUses = pick('notUses', () => CHANNELS.find((c) => c === notUses), notUses);
  const revenue = first(params.revenue);
  query.revenue = pick('revenue', () => REVENUE_BANDS.find((b) => b === revenue), revenue);

  const followUp = first(params.followUp);
  query.followUp = pick('followUp', () => FOLLOW_UP_BANDS.find((b) => b === followUp), followUp);
  const help = first(params.help);
  query.help = pick('help', () => (help === '1' ? (true as const) : undefined), help);

  const score = (name: 'scoreMin' | 'scoreMax') => {
    const raw = first(params[name]);
    return pick(name, () => integerParam(raw, 0, 100), raw);
  };
  query.scoreMin = score('scoreMin');
  query.scoreMax = score('scoreMax');

  const advisor = first(params.advisor);
  query.advisor = pick('advisor', () => (advisor === 'mine' || advisor === 'unassigned' || isId(advisor) ? advisor : undefined), advisor);

  // Too long or with control characters: search for the cleaned, shortened text and say so.
  const q = searchTextParam(params.q, MAX_SEARCH_LENGTH);
  if (q.adjusted) notices.push('q');
  if (q.text) query.q = q.text;

  const sort = first(params.sort);
  query.sort = pick('sort', () => SORT_IDS.find((s) => s === sort), sort) ?? DEFAULT_QUERY.sort;
  const dir = first(params.dir);
  query.dir = pick('dir', () => (dir === 'asc' || dir === 'desc' ? dir : undefined), dir) ?? (query.sort === 'priority' ? 'desc' : 'asc');
  const size = integerParam(params.size, 1, 1_000);
  query.size = pick('size', () => PAGE_SIZES.find((s) => s === size), first(params.size)) ?? DEFAULT_QUERY.size;
  const page = first(params.page);
  query.page = pick('page', () => integerParam(page, 1, 1_000_000), page) ?? 1;
  return { query, notices };
}

/** The URL parameters of a view, leaving out defaults so links stay short. */
export function triageSearchParams(query: TriageQuery, changes: Partial<TriageQuery> = {}): URLSearchParams {
  const view = { ...query, ...changes };
  const params = new URLSearchParams();
  if (view.provinces.length) params.set('province', view.provinces.join(','));
  if (view.classes.length) params.set('class', view.classes.join(','));
  for (const key of ['sector', 'uses', 'notUses', 'revenue', 'advisor', 'followUp', 'q'] as const) if (view[key]) params.set(key, String(view[key]));
  if (view.help) params.set('help', '1');
  if (view.scoreMin !== undefined) params.set('scoreMin', String(view.scoreMin));
  if (view.scoreMax !== undefined) params.set('scoreMax', String(view.scoreMax));
  if (view.sort !== DEFAULT_QUERY.sort || view.dir !== DEFAULT_QUERY.dir) {
    params.set('sort', view.sort);
    params.set('dir', view.dir);
  }
  if (view.size !== DEFAULT_QUERY.size) params.set('size', String(view.size));
  if (view.page !== 1) params.set('page', String(view.page));
  return params;
}
