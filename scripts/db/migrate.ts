import { runWithDatabase } from './run';

void runWithDatabase(async (handle) => {
  console.log(`Migrations applied (${handle.kind}: ${handle.location}).`);
});
