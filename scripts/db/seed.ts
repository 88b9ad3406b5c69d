import { seedDemoData } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { runWithDatabase } from './run';

// Demo accounts share a published password: never load them into production by accident.
const allowDemo = process.argv.includes('--allow-demo-in-production');

void runWithDatabase(async (handle, env) => {
  await seedReferenceData(handle.db);
  if (env.NODE_ENV === 'production' && !env.DEMO_MODE && !allowDemo) {
    console.error('Refusing to load demo data in production: set DEMO_MODE=true or pass --allow-demo-in-production.');
    process.exitCode = 1;
    return;
  }
  const result = await seedDemoData(handle.db);
  console.log(`Demo data: ${result.usersCreated} users and ${result.businessesCreated} businesses created (${handle.kind}: ${handle.location}).`);
});
