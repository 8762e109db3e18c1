import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_WAIT_OPTIONS, queryWords, type OfferSearch } from "./schemas";

// Search runs in PostgreSQL (and identically in PGlite): Danish full-text search over a weighted vector, with each
// query word that is not in the vocabulary corrected to its nearest word by trigram similarity. The ranking lives here
// and nowhere else. See docs/decisions/003-offer-search.md.

const RESULT_LIMIT = 50;
const NEAREST_LIMIT = 3;
/** Share of the best rank an offer needs to count as a match. */
const RELEVANCE_SHARE = 0.5;
type FacetKey = "need" | "unit" | "district" | "format" | "language" | "noDiagnosis" | "evening" | "interpreter" | "new" | "social" | "maxWait";

export interface FacetCounts {
  total: number;
  need: Record<string, number>;
  unit: Record<string, number>;
  district: Record<string, number>;
  format: Record<string, number>;
  language: Record<string, number>;
  noDiagnosis: number;
  evening: number;
  interpreter: number;
  new: number;
  social: number;
  maxWait: Record<string, number>;
}

export interface Correction {
  from: string;
  to: string;
}

/** Words not in the vocabulary, and their nearest vocabulary words. */
export interface Spelling {
  corrections: Correction[];
  unknown: string[];
}

export interface RankedOffers {
  /** Offer ids, best first. */
  ids: string[];
  facets: FacetCounts;
  corrections: Correction[];
  /** When nothing matches: the nearest offers, ignoring filters (or by spelling when the words match nothing). */
  nearestIds: string[];
}

/**
 * Corrects query words that are not in the vocabulary to their nearest vocabulary word: candidates by trigram
 * similarity (indexed) or the word with ae/oe/aa written as æ/ø/å; best first after folding æ, ø, å, so "andenød"
 * and "knae" find "åndenød" and "knæ".
 */
export async function correctWords(db: Awaited<ReturnType<typeof getDb>>, words: string[]): Promise<Spelling> {
  const candidates = words.filter((word) => word.length >= 3);
  if (candidates.length === 0) return { corrections: [], unknown: [] };
  const rows = await db.$queryRaw<{ input: string; suggestion: string | null }[]>`
    SELECT w AS input,
           (SELECT t.word FROM "SearchTerm" t
            WHERE t.word % w OR t.word = replace(replace(replace(w, 'ae', 'æ'), 'oe', 'ø'), 'aa', 'å')
            ORDER BY t.word = replace(replace(replace(w, 'ae', 'æ'), 'oe', 'ø'), 'aa', 'å') DESC,
                     similarity(translate(t.word, 'æøå', 'aoa'), translate(w, 'æøå', 'aoa')) DESC, similarity(t.word, w) DESC, t.word
            LIMIT 1) AS suggestion
    FROM unnest(${candidates}::text[]) AS w
    WHERE NOT EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.word = w)`;
  return {
    corrections: rows.flatMap((row) => (row.suggestion ? [{ from: row.input, to: row.suggestion }] : [])),
    unknown: rows.map((row) => row.input),
  };
}

/**
 * Each word (and its correction) as a tsquery stemmed by the Danish dictionary. A last word that is not a known word
 * is also matched as a prefix, so results follow as you type. Stop words drop out.
 */
function termQueries(words: string[], spelling: Spelling): Prisma.Sql {
  const terms = [...new Set([...words, ...spelling.corrections.map((c) => c.to)])];
  const last = words.at(-1);
  const prefix = last && last.length >= 3 && spelling.unknown.includes(last) ? Prisma.sql`UNION ALL SELECT ${`'${last}':*`}::text` : Prisma.empty;
  return Prisma.sql`(
    SELECT coalesce(array_agg(DISTINCT t::tsquery), '{}') FROM (
      SELECT plainto_tsquery('danish', w)::text AS t FROM unnest(${terms}::text[]) AS w
      ${prefix}
    ) parts WHERE t <> ''
  )`;
}

function filterSql(search: OfferSearch, except?: FacetKey): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`true`];
  const add = (key: FacetKey, active: boolean, sql: Prisma.Sql) => {
    if (active && key !== except) parts.push(sql);
  };
  add("need", search.need.length > 0, Prisma.sql`categories && ${search.need}::"NeedCategory"[]`);
  add("unit", search.unit.length > 0, Prisma.sql`unit_slug = ANY(${search.unit}::text[])`);
  add("district", search.district.length > 0, Prisma.sql`districts && ${search.district}::"District"[]`);
  add("format", search.format.length > 0, Prisma.sql`formats && ${search.format}::"OfferFormat"[]`);
  add("language", search.language.length > 0, Prisma.sql`languages && ${search.language}::text[]`);
  add("noDiagnosis", search.noDiagnosis, Prisma.sql`NOT diagnosis_required`);
  add("evening", search.evening, Prisma.sql`evening`);
  add("interpreter", search.interpreter, Prisma.sql`interpreter`);
  add("new", search.new, Prisma.sql`is_new`);
  add("social", search.social, Prisma.sql`is_social`);
  add("maxWait", search.maxWait !== undefined, Prisma.sql`waiting_weeks <= ${search.maxWait ?? 0}`);
  return Prisma.join(parts, " AND ");
}

/**
 * The offers matching any query term. Rank: how many of the query's terms the offer matches (so "ondt i knæet" prefers
 * offers about knees *and* pain), then ts_rank over the weighted vector (title and need words count most). Offers far
 * below the best (e.g. matching only "kan" of "kan ikke få vejret") are left out, so the count means something.
 */
function matchedCte(terms: Prisma.Sql | null): Prisma.Sql {
  const rank = terms
    ? Prisma.sql`(SELECT count(*) FROM unnest(q.terms) AS t WHERE o."searchVector" @@ t) + ts_rank(o."searchVector", q.tsq, 1)`
    : Prisma.sql`0::real`;
  const where = terms ? Prisma.sql`AND o."searchVector" @@ q.tsq` : Prisma.empty;
  return Prisma.sql`
    WITH terms AS (SELECT ${terms ?? Prisma.sql`'{}'::tsquery[]`} AS terms),
    q AS (SELECT terms, (SELECT string_agg(t::text, ' | ') FROM unnest(terms) AS t)::tsquery AS tsq FROM terms),
    candidates AS (
      SELECT o.id, o.title, ${rank} AS rank, u.slug AS unit_slug, u.kind = 'SOCIAL' AS is_social,
             o."needCategories" AS categories, o.districts, o.formats, o.languages,
             o."diagnosisRequired" AS diagnosis_required, o."hasEveningTimes" AS evening,
             o."interpreterAvailable" AS interpreter, coalesce(o."newUntil" > now(), false) AS is_new,
             o."waitingWeeks" AS waiting_weeks
      FROM "Offer" o JOIN "Unit" u ON u.id = o."unitId", q
      WHERE o."isActive" ${where}
    ),
    matched AS (
      SELECT * FROM candidates WHERE rank >= ${RELEVANCE_SHARE} * (SELECT max(rank) FROM candidates)
    )`;
}

function facetSql(search: OfferSearch): Prisma.Sql {
  const grouped = (facet: FacetKey, column: Prisma.Sql, from: Prisma.Sql = Prisma.sql`matched`) =>
    Prisma.sql`SELECT ${facet}::text AS facet, ${column}::text AS value, count(*)::int AS count FROM ${from} WHERE ${filterSql(search, facet)} GROUP BY 2`;
  const flagCount = (facet: FacetKey, condition: Prisma.Sql) =>
    Prisma.sql`SELECT ${facet}::text AS facet, 'true' AS value, count(*)::int AS count FROM matched WHERE ${filterSql(search, facet)} AND ${condition}`;
  return Prisma.join(
    [
      Prisma.sql`SELECT 'total' AS facet, '' AS value, count(*)::int AS count FROM matched WHERE ${filterSql(search)}`,
      grouped("need", Prisma.sql`c`, Prisma.sql`matched, unnest(categories) AS c`),
      grouped("unit", Prisma.sql`unit_slug`),
      grouped("district", Prisma.sql`d`, Prisma.sql`matched, unnest(districts) AS d`),
      grouped("format", Prisma.sql`f`, Prisma.sql`matched, unnest(formats) AS f`),
      grouped("language", Prisma.sql`l`, Prisma.sql`matched, unnest(languages) AS l`),
      flagCount("noDiagnosis", Prisma.sql`NOT diagnosis_required`),
      flagCount("evening", Prisma.sql`evening`),
      flagCount("interpreter", Prisma.sql`interpreter`),
      flagCount("new", Prisma.sql`is_new`),
      flagCount("social", Prisma.sql`is_social`),
      Prisma.sql`SELECT 'maxWait' AS facet, w::text AS value, count(*)::int AS count
                 FROM matched, unnest(${[...MAX_WAIT_OPTIONS]}::int[]) AS w
                 WHERE ${filterSql(search, "maxWait")} AND waiting_weeks <= w GROUP BY w`,
    ],
    " UNION ALL ",
  );
}

function toFacetCounts(rows: { facet: string; value: string; count: number }[]): FacetCounts {
  const facets: FacetCounts = { total: 0, need: {}, unit: {}, district: {}, format: {}, language: {}, noDiagnosis: 0, evening: 0, interpreter: 0, new: 0, social: 0, maxWait: {} };
  for (const { facet, value, count } of rows) {
    if (facet === "total") facets.total = count;
    else if (facet === "noDiagnosis" || facet === "evening" || facet === "interpreter" || facet === "new" || facet === "social") facets[facet] = count;
    else if (facet === "need" || facet === "unit" || facet === "district" || facet === "format" || facet === "language" || facet === "maxWait") facets[facet][value] = count;
  }
  return facets;
}

/**
 * One statement answers a search: the ranked ids (best first) and every facet count, so the matching offers are found
 * once. Exported so tests can EXPLAIN it.
 */
export function searchStatement(search: OfferSearch, spelling: Spelling): { cte: Prisma.Sql; statement: Prisma.Sql } {
  const words = queryWords(search.q);
  const cte = matchedCte(words.length > 0 ? termQueries(words, spelling) : null);
  const statement = Prisma.sql`${cte}
    SELECT
      (SELECT coalesce(json_agg(id), '[]'::json) FROM (
         SELECT id FROM matched WHERE ${filterSql(search)} ORDER BY rank DESC, title LIMIT ${RESULT_LIMIT}
       ) ranked) AS ids,
      (SELECT coalesce(json_agg(f), '[]'::json) FROM (${facetSql(search)}) f) AS facets`;
  return { cte, statement };
}

/** Ranks active offers for a search; the one place the ranking is decided. */
export async function rankOffers(search: OfferSearch): Promise<RankedOffers> {
  const db = await getDb();
  const spelling = await correctWords(db, queryWords(search.q));
  const { cte, statement } = searchStatement(search, spelling);
  const [row] = await db.$queryRaw<{ ids: string[]; facets: { facet: string; value: string; count: number }[] }[]>(statement);
  const ids = row?.ids ?? [];
  const nearestIds = ids.length > 0 ? [] : await nearestOffers(db, cte, search.q);
  return { ids, facets: toFacetCounts(row?.facets ?? []), corrections: spelling.corrections, nearestIds };
}

async function nearestOffers(db: Awaited<ReturnType<typeof getDb>>, cte: Prisma.Sql, q: string): Promise<string[]> {
  const unfiltered = await db.$queryRaw<{ id: string }[]>`${cte} SELECT id FROM matched ORDER BY rank DESC, title LIMIT ${NEAREST_LIMIT}`;
  if (unfiltered.length > 0 || !q) return unfiltered.map((row) => row.id);
  const bySpelling = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Offer" WHERE "isActive" AND ${q.toLowerCase()} <% "searchText"
    ORDER BY word_similarity(${q.toLowerCase()}, "searchText") DESC, title LIMIT ${NEAREST_LIMIT}`;
  return bySpelling.map((row) => row.id);
}
