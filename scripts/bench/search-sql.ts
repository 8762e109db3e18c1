// Prints, as JSON, the statement the search runs for each query string given as an argument (same parameters, spelling
// corrected against the database in DATABASE_URL), so the bench can time the SQL alone through pg.
import { closeDb, getDb } from "@/lib/db";
import { parseOfferSearch, queryWords } from "@/lib/search/schemas";
import { correctWords, searchStatement } from "@/lib/search/search-offers";

const db = await getDb();
const statements = [];
for (const query of process.argv.slice(2)) {
  const { search } = parseOfferSearch(new URLSearchParams(query));
  const spelling = await correctWords(db, queryWords(search.q));
  const { statement } = searchStatement(search, spelling);
  statements.push({ query, text: statement.text, values: statement.values });
}
console.log(JSON.stringify(statements));
await closeDb();
