// Prints, as JSON, the statements the search runs for each query string given as an argument (in order, with their
// parameters; the spelling read against the database in DATABASE_URL), recorded from rankOffers itself, so the bench
// times exactly the SQL the API runs, through pg: after a first call, as the API runs them once it has the answer for
// the catalogue version (the read of the version, and the by-spelling fallback when the words match nothing).
import { closeDb, getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseOfferSearch } from "@/lib/search/schemas";
import { rankOffers, type SearchDb } from "@/lib/search/search-offers";

const db = await getDb();
const searches = [];
for (const query of process.argv.slice(2)) {
  const { search } = parseOfferSearch(new URLSearchParams(query));
  const statements: { text: string; values: unknown[] }[] = [];
  const recording = {
    $queryRaw: (sql: Prisma.Sql) => {
      statements.push({ text: sql.text, values: sql.values });
      return db.$queryRaw(sql);
    },
  } as SearchDb;
  await rankOffers(search); // the answer kept for the catalogue version, as the API has it after its first call
  await rankOffers(search, recording);
  searches.push({ query, statements });
}
console.log(JSON.stringify(searches));
await closeDb();
