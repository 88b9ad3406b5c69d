/** How exposed a sector is to the crisis; db/schema builds its `sector_exposure` enum from this list. */
export const EXPOSURES = ['structural', 'adaptable', 'resilient'] as const;
export type Exposure = (typeof EXPOSURES)[number];

/**
 * The starting sector impact table (product brief). Keys are NACE-BEL code prefixes; the longest
 * matching prefix wins, so a group can differ from its division. Staff edit the stored copy.
 */
export const DEFAULT_SECTOR_IMPACTS: ReadonlyArray<{ prefix: string; exposure: Exposure; note: string }> = [
  // structural: the crisis hits the core activity and digital channels cannot replace it
  { prefix: '82.3', exposure: 'structural', note: 'Events, conventions and trade fairs' },
  { prefix: '79', exposure: 'structural', note: 'Travel agencies and tour operators' },
  { prefix: '96.02', exposure: 'structural', note: 'Hairdressing and beauty care: contact professions' },
  { prefix: '96.04', exposure: 'structural', note: 'Physical well-being: contact professions' },
  { prefix: '90', exposure: 'structural', note: 'Performing arts' },
  { prefix: '93.2', exposure: 'structural', note: 'Amusement, recreation and nightlife' },
  { prefix: '56.3', exposure: 'structural', note: 'Cafés and bars' },
  { prefix: '55', exposure: 'structural', note: 'Accommodation' },
  { prefix: '49.32', exposure: 'structural', note: 'Taxis' },
  // adaptable: hit, but digital channels can carry part of the business
  { prefix: '56', exposure: 'adaptable', note: 'Restaurants and chip shops with takeaway and online ordering' },
  { prefix: '47', exposure: 'adaptable', note: 'Non-food retail' },
  { prefix: '46', exposure: 'adaptable', note: 'Wholesale and B2B sales' },
  { prefix: '45', exposure: 'adaptable', note: 'Car trade and repair' },
  { prefix: '68', exposure: 'adaptable', note: 'Real estate' },
  { prefix: '69', exposure: 'adaptable', note: 'Legal and accounting services' },
  { prefix: '70', exposure: 'adaptable', note: 'Consultancy' },
  { prefix: '71', exposure: 'adaptable', note: 'Architects and engineers' },
  { prefix: '73', exposure: 'adaptable', note: 'Advertising and market research' },
  { prefix: '74', exposure: 'adaptable', note: 'Design and photography' },
  { prefix: '85', exposure: 'adaptable', note: 'Education and training: can move online' },
  { prefix: '93.1', exposure: 'adaptable', note: 'Sports and fitness: online classes' },
  { prefix: '95', exposure: 'adaptable', note: 'Repair services' },
  { prefix: '96.01', exposure: 'adaptable', note: 'Laundry: pick-up and delivery' },
  { prefix: '25', exposure: 'adaptable', note: 'Metal products' },
  { prefix: '31', exposure: 'adaptable', note: 'Furniture' },
  // resilient: little hit or growing
  { prefix: '47.1', exposure: 'resilient', note: 'Supermarkets and general food retail' },
  { prefix: '47.2', exposure: 'resilient', note: 'Specialised food retail' },
  { prefix: '47.91', exposure: 'resilient', note: 'E-commerce' },
  { prefix: '10', exposure: 'resilient', note: 'Food manufacturing' },
  { prefix: '01', exposure: 'resilient', note: 'Agriculture' },
  { prefix: '41', exposure: 'resilient', note: 'Construction' },
  { prefix: '43', exposure: 'resilient', note: 'Construction trades' },
  { prefix: '49.4', exposure: 'resilient', note: 'Road freight' },
  { prefix: '52', exposure: 'resilient', note: 'Logistics' },
  { prefix: '53', exposure: 'resilient', note: 'Courier services' },
  { prefix: '62', exposure: 'resilient', note: 'IT services' },
  { prefix: '63', exposure: 'resilient', note: 'Information services' },
  { prefix: '86', exposure: 'resilient', note: 'Human health, including psychologists consulting by video' },
  { prefix: '88', exposure: 'resilient', note: 'Social work and childcare' },
];

/** The exposure of a NACE code under a table of prefixes: the longest matching prefix wins. */
export function exposureFor(naceCode: string, table: ReadonlyArray<{ prefix: string; exposure: Exposure }>): Exposure | null {
  let best: { prefix: string; exposure: Exposure } | null = null;
  for (const row of table) {
    if (naceCode.startsWith(row.prefix) && (!best || row.prefix.length > best.prefix.length)) best = row;
  }
  return best?.exposure ?? null;
}
