// `npm run db:seed`: creates the demo data where it is missing (DATABASE_URL, or the embedded database).
import { ConfigError } from "@/lib/config";
import { closeDb, getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { describeDatabaseError } from "@/lib/health/check";

try {
  const { created } = await seedDemoData(await getDb());
  console.log(created ? "Demo data created." : "Demo data already present.");
  await closeDb();
} catch (error) {
  console.error(error instanceof ConfigError ? `✖ Configuration: ${error.message}` : `✖ Database: ${describeDatabaseError(error)}`);
  process.exit(1);
}
