// `npm run db:seed`: creates the demo data where it is missing (DATABASE_URL, or the embedded database).
import { closeDb, getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";

const db = await getDb();
const { created } = await seedDemoData(db);
console.log(created ? "Demo data created." : "Demo data already present.");
await closeDb();
