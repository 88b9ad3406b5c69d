/*
 * The one place tests import the portal's seeds from, so that moving them means changing one file.
 * Prefer the factories (./factories.ts) in new tests: the demo seed is for tests about the demo.
 */
export { seedReferenceData } from '@/db/seed/reference';
export { seedDemoData } from '@/db/seed/demo';
export { DEMO_PASSWORD } from '@/db/seed/demo-people';
