/*
 * The one place tests import the portal's seeds from, so that moving them means changing one file.
 * Prefer the factories (./factories.ts) in new tests: the demo seed is for tests about the demo.
 */
export { seedReferenceData } from '@/lib/seed/reference';
export { seedDemoData } from '@/lib/seed/demo';
export { DEMO_PASSWORD } from '@/lib/seed/demo-people';
