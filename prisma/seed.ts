// `npm run db:seed`: creates the demo data where it is missing and fills missing search fields (DATABASE_URL, or the
// embedded database).
import { ConfigError } from "@/lib/config";
import { closeDb, getDb } from "@/lib/db";
import { addDemoNeedEnglishWords, seedDemoData } from "@/lib/demo/seed";
import { describeDatabaseError } from "@/lib/health/check";
import { refreshOfferSearch } from "@/lib/offers/refresh-offer-search";

try {
  const db = await getDb();
  const { created } = await seedDemoData(db);
  console.log(created ? "Demo data created." : "Demo data already present.");
  if (!created) await addDemoNeedEnglishWords(db);
  // Offers from before a search migration (or imported by SQL) get their search fields now.
  const unindexed = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Offer" WHERE "searchVector" IS NULL`;
  if (unindexed.length > 0) await refreshOfferSearch(db, unindexed.map((offer) => offer.id));
  await closeDb();
} catch (error) {
  console.error(error instanceof ConfigError ? `✖ Configuration: ${error.message}` : `✖ Database: ${describeDatabaseError(error)}`);
  process.exit(1);
}
