import "server-only";
import { getDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { answerFor, readCatalogue, type Catalogue } from "./catalogue-answers";
import { candidateParts, splitCompound } from "./decompound";
import { FLAG_FILTERS, MAX_WAIT_OPTIONS, queryWords, type FlagFilter, type OfferSearch } from "./schemas";

// Search runs in PostgreSQL (and identically in PGlite): Danish full-text search over a weighted vector, with each
// query word that is not in the vocabulary corrected to its nearest word by trigram similarity. The ranking lives here
// and nowhere else. See docs/decisions/003-offer-search.md and 015-facet-counts.md.

const RESULT_LIMIT = 50;
const NEAREST_LIMIT = 3;
/**
 * Shorter words are never corrected: a word of three letters is as near to the start of a long word as to a typo of
 * its own ("can" in "can't sleep" became "cancer"), and the vocabulary's own short words ("kol", "ryg") are known.
 */
const MIN_CORRECTED_LENGTH = 4;
/** Letters a compound's first part leaves at least ("alkohol|problemer", "stress|ede"). */
const COMPOUND_REST = 3;
/** A correction at least this close (trigram similarity after folding): "demens" is not a typo of "demo" (0.33). */
const MIN_CLOSENESS = 0.4;
/** A typo's neighbour this close (trigram similarity after folding) wins over a compound's first part ("rygestob"). */
const CLOSE_TYPO = 0.5;

/** Share of the best rank an offer needs to count as a match. */
const RELEVANCE_SHARE = 0.5;
type FacetKey = "need" | "unit" | "district" | "format" | "language" | FlagFilter | "maxWait";

/** What the search reads from the database: only raw SQL, so a caller (the bench) can see every statement it runs. */
export type SearchDb = Pick<Db, "$queryRaw">;

export type FacetCounts = Record<FlagFilter, number> & {
  total: number;
  need: Record<string, number>;
  unit: Record<string, number>;
  district: Record<string, number>;
  format: Record<string, number>;
  language: Record<string, number>;
  maxWait: Record<string, number>;
};

export interface Correction {
  from: string;
  to: string;
}

/** Words not in the vocabulary, their nearest vocabulary words, and the full-text terms the query makes. */
export interface Spelling {
  corrections: Correction[];
  unknown: string[];
  /**
   * Each word and correction as a tsquery (text) stemmed by the Danish dictionary, stop words left out; a last word
   * that is not a known word also as a prefix, so results follow as you type.
   */
  terms: string[];
}

export interface RankedOffers {
  /** Offer ids, best first. */
  ids: string[];
  facets: FacetCounts;
  corrections: Correction[];
  /** When nothing matches: the nearest offers, ignoring filters (or by spelling when the words match nothing). */
  nearestIds: string[];
  /** The catalogue version the answer is for, so the cards can be kept for it too. */
  catalogue: Catalogue;
}

const folded = (word: Prisma.Sql) => Prisma.sql`translate(${word}, 'æøå', 'aoa')`;
const withLetters = (word: Prisma.Sql) => Prisma.sql`replace(replace(replace(${word}, 'ae', 'æ'), 'oe', 'ø'), 'aa', 'å')`;

/**
 * Corrects query words that are not in the vocabulary to their nearest vocabulary word: candidates by trigram
 * similarity, as written or after folding æ, ø, å (so "andenod" finds "åndenød"), or the word with ae/oe/aa written as
 * æ/ø/å ("knae" finds "knæ"); best first after folding. One statement, which also stems the words and corrections
 * (after protect_stems, so "ryger" and "ryggen" keep their meanings apart: decision 019).
 * A correction must be a real neighbour: about as long as the word (not a long compound that starts with it: "patient"
 * is no typo of "patientnetværket") and with the same first letter (typos rarely change it: "lungeproblemer" is not
 * "pengeproblemer"). A compound the vocabulary lacks is read by its first part, the longest vocabulary word it starts
 * with ("alkoholproblemer" → "alkohol", not its look-alike "søvnproblemer"), unless a close typo's neighbour exists
 * ("rygestob" → "rygestop"). No candidate is checked against the offers: the vocabulary is the offers' own words, and
 * such a check costs a bitmap scan of the full-text index per candidate (0.5 s per unknown word at 10,000 offers).
 * The vocabulary is a few hundred words, so comparing each unknown word with all of them is cheap.
 */
export async function correctWords(db: SearchDb, words: string[]): Promise<Spelling> {
  if (words.length === 0) return { corrections: [], unknown: [], terms: [] };
  const word = Prisma.sql`w.word`;
  const rows = await db.$queryRaw<{ input: string; unknown: boolean; closeTypo: boolean; suggestion: string | null; term: string; suggestionTerm: string | null }[]>(Prisma.sql`
    SELECT w.word AS input, s.unknown, coalesce(c.closeness >= ${CLOSE_TYPO}, false) AS "closeTypo", n.word AS suggestion,
           plainto_tsquery('danish', protect_stems(w.word))::text AS term, plainto_tsquery('danish', protect_stems(n.word))::text AS "suggestionTerm"
    FROM unnest(${words}::text[]) WITH ORDINALITY AS w(word, position)
    CROSS JOIN LATERAL (
      SELECT length(w.word) >= 3 AND NOT EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.word = w.word) AS unknown
    ) s
    LEFT JOIN LATERAL (
      SELECT t.word, similarity(${folded(Prisma.sql`t.word`)}, ${folded(word)}) AS closeness FROM "SearchTerm" t
      WHERE s.unknown AND length(w.word) >= ${MIN_CORRECTED_LENGTH} AND similarity(${folded(Prisma.sql`t.word`)}, ${folded(word)}) >= ${MIN_CLOSENESS}
        AND abs(length(t.word) - length(w.word)) <= greatest(2, length(w.word) / 3)
        AND left(${folded(Prisma.sql`t.word`)}, 1) = left(${folded(word)}, 1)
        AND (t.word % ${word} OR ${folded(Prisma.sql`t.word`)} % ${folded(word)} OR t.word = ${withLetters(word)})
      ORDER BY t.word = ${withLetters(word)} DESC, closeness DESC, similarity(t.word, ${word}) DESC, t.word
      LIMIT 1
    ) c ON true
    LEFT JOIN LATERAL (
      SELECT t.word FROM "SearchTerm" t
      WHERE s.unknown AND t.word IN (SELECT left(w.word, k) FROM generate_series(${MIN_CORRECTED_LENGTH}::int, length(w.word) - ${COMPOUND_REST}) AS k)
      ORDER BY length(t.word) DESC
      LIMIT 1
    ) part ON true
    CROSS JOIN LATERAL (
      SELECT CASE WHEN c.closeness >= ${CLOSE_TYPO} OR part.word IS NULL THEN c.word ELSE part.word END AS word
    ) n
    ORDER BY w.position`);
  const compounds = await splitCompounds(db, rows.filter((row) => row.unknown && !row.closeTypo).map((row) => row.input));
  const unknown = rows.filter((row) => row.unknown).map((row) => row.input);
  const last = words.at(-1);
  const prefix = last && unknown.includes(last) ? [`'${last}':*`] : [];
  const stems = rows.flatMap((row) => [row.term, ...(compounds.get(row.input)?.terms ?? [row.suggestionTerm ?? ""])]).filter((term) => term !== "");
  return {
    corrections: rows.flatMap((row) => {
      const to = compounds.get(row.input)?.words.join(" + ") ?? row.suggestion;
      return to ? [{ from: row.input, to }] : [];
    }),
    unknown,
    terms: [...new Set([...stems, ...prefix])],
  };
}

/** Danish endings by which a vocabulary word may be longer than a compound's part (not "-s": "problem" is no "problems"). */
const INFLECTIONS = ["", "e", "en", "et", "er", "r", "n", "ne", "t"];

/**
 * Unknown words read as Danish compounds (lib/search/decompound.ts): every part a word of the vocabulary (or of one of
 * its inflections: "vejr" of "vejret", "lunge" of "lunger") or of the Danish dictionary ("CompoundPart"), in one
 * statement for all the words. For each word split: the vocabulary words of its parts but the head and their terms,
 * which the search uses instead of the nearest spelling ("vejrtrækningsbesvær" → "vejret", "lungeproblemer" → "lunge").
 */
async function splitCompounds(db: SearchDb, words: string[]): Promise<Map<string, { words: string[]; terms: string[] }>> {
  const parts = [...new Set(words.flatMap(candidateParts))];
  if (parts.length === 0) return new Map();
  const found = await db.$queryRaw<{ part: string; vocabularyWord: string | null; term: string | null }[]>(Prisma.sql`
    SELECT s.part, v.word AS "vocabularyWord", plainto_tsquery('danish', protect_stems(v.word))::text AS term
    FROM unnest(${parts}::text[]) AS s(part)
    LEFT JOIN LATERAL (
      SELECT t.word FROM "SearchTerm" t
      WHERE t.word LIKE s.part || '%' AND substr(t.word, length(s.part) + 1) = ANY(${INFLECTIONS}::text[])
      ORDER BY length(t.word), t.word LIMIT 1
    ) v ON true
    WHERE v.word IS NOT NULL OR EXISTS (SELECT 1 FROM "CompoundPart" c WHERE c.word = s.part)`);
  const byPart = new Map(found.map((row) => [row.part, row]));
  const known = new Map(found.map((row) => [row.part, row.vocabularyWord !== null]));
  const splits = new Map<string, { words: string[]; terms: string[] }>();
  for (const word of words) {
    const split = splitCompound(word, known);
    if (!split) continue;
    // The last part is the compound's head, often a general word ("problemer", "besvær"): the parts before it say
    // what the word is about, so the head is searched only when nothing before it is in the vocabulary.
    const rowsOf = (someParts: string[]) => someParts.map((part) => byPart.get(part)!).filter((row) => row.vocabularyWord !== null);
    const modifiers = rowsOf(split.slice(0, -1));
    const searchable = modifiers.length > 0 ? modifiers : rowsOf(split.slice(-1));
    splits.set(word, { words: searchable.map((row) => row.vocabularyWord!), terms: searchable.map((row) => row.term ?? "").filter(Boolean) });
  }
  return splits;
}

/** The active filters, each as a condition on a matched offer's columns (matchedCte). */
function filters(search: OfferSearch): [FacetKey, Prisma.Sql][] {
  const all: [FacetKey, boolean, Prisma.Sql][] = [
    ["need", search.need.length > 0, Prisma.sql`categories && ${search.need}::"NeedCategory"[]`],
    ["unit", search.unit.length > 0, Prisma.sql`unit_slug = ANY(${search.unit}::text[])`],
    ["district", search.district.length > 0, Prisma.sql`districts && ${search.district}::"District"[]`],
    ["format", search.format.length > 0, Prisma.sql`formats && ${search.format}::"OfferFormat"[]`],
    ["language", search.language.length > 0, Prisma.sql`languages && ${search.language}::text[]`],
    ...FLAG_FILTERS.map((key): [FacetKey, boolean, Prisma.Sql] => [key, search[key], Prisma.raw(FLAG_COLUMNS[key])]),
    ["maxWait", search.maxWait !== undefined, Prisma.sql`waiting_weeks <= ${search.maxWait ?? 0}`],
  ];
  return all.filter(([, active]) => active).map(([key, , condition]) => [key, condition]);
}

/**
 * Which active filter an offer fails: '' when none, the filter's key when exactly one, NULL when more. An offer counts
 * for the results and the total when it fails none, and for a facet's options when it fails none or only that facet's
 * own filter (a facet's options are counted under the *other* filters).
 */
function missedFilter(search: OfferSearch): Prisma.Sql {
  const active = filters(search);
  if (active.length === 0) return Prisma.sql`''::text`;
  const fails = (condition: Prisma.Sql) => Prisma.sql`NOT coalesce(${condition}, false)`;
  const failures = Prisma.join(active.map(([, condition]) => Prisma.sql`(${fails(condition)})::int`), " + ");
  const which = Prisma.join(active.map(([key, condition]) => Prisma.sql`WHEN ${fails(condition)} THEN ${key}::text`), " ");
  return Prisma.sql`CASE ${failures} WHEN 0 THEN '' WHEN 1 THEN CASE ${which} END END`;
}

/**
 * The offers matching any query term (all active offers when there is no query). Rank: how many of the query's terms
 * the offer matches (so "ondt i knæet" prefers offers about knees *and* pain), then ts_rank over the weighted vector
 * (title and need words count most). Offers far below the best (e.g. matching only "kan" of "kan ikke få vejret") are
 * left out, so the count means something. Filters do not remove offers here: each offer says which one it misses.
 */
function matchedCte(search: OfferSearch, terms: string[] | null): Prisma.Sql {
  const vector = Prisma.sql`o."searchVector"`;
  const anyTerm = Prisma.sql`${(terms ?? []).join(" | ")}::tsquery`;
  const rank =
    terms && terms.length > 0
      ? Prisma.sql`${Prisma.join(terms.map((term) => Prisma.sql`(${vector} @@ ${term}::tsquery)::int`), " + ")} + ts_rank(${vector}, ${anyTerm}, 1)`
      : Prisma.sql`0::real`;
  // The match goes through the GIN index even when many offers match: as a sub-select, the planner cannot see the
  // terms and does not pick a scan of all offers, which costs more than it thinks (each vector is decompressed).
  const strong = terms && terms.length > 0 ? Prisma.sql`ts_filter(${vector}, '{a,b,c}') @@ ${anyTerm}` : Prisma.sql`true`;
  const where = terms === null ? Prisma.empty : terms.length > 0 ? Prisma.sql`AND ${vector} @@ (SELECT ${anyTerm})` : Prisma.sql`AND false`;
  // The floor: a term must be in the title, the need words, the summary or the unit's and places' names (weights A to
  // C), not only in the first-meeting text, times or exclusions (D), and the rank must be near the best.
  const relevant = terms === null ? Prisma.empty : Prisma.sql`WHERE strong AND rank >= ${RELEVANCE_SHARE} * (SELECT max(rank) FROM candidates WHERE strong)`;
  return Prisma.sql`
    WITH candidates AS (
      SELECT o.id, o.title, ${rank} AS rank, ${strong} AS strong, u.slug AS unit_slug, u.kind = 'SOCIAL' AS is_social,
             o."needCategories" AS categories, o.districts, o.formats, o.languages,
             NOT o."diagnosisRequired" AS no_diagnosis, o."hasEveningTimes" AS evening,
             o."interpreterAvailable" AS interpreter, o."transportHelp" AS transport, o."homeVisits" AS home_visits,
             o."stepFreeAccess" AS step_free, o."isFree" AS is_free, coalesce(o."newUntil" > now(), false) AS is_new,
             o."waitingWeeks" AS waiting_weeks, o."newUntil" AS new_until
      FROM "Offer" o JOIN "Unit" u ON u.id = o."unitId"
      WHERE o."isActive" ${where}
    ),
    matched AS (SELECT *, ${missedFilter(search)} AS missed FROM candidates ${relevant})`;
}

/** The facets counted by grouping on a column: the multi-valued ones (an array counts as one value) and the unit. */
const GROUPED_FACETS: ["need" | "district" | "format" | "language" | "unit", string][] = [
  ["need", "categories"],
  ["district", "districts"],
  ["format", "formats"],
  ["language", "languages"],
  ["unit", "unit_slug"],
];
/** The yes/no filters' columns in matchedCte; counted as aggregates beside the total. */
const FLAG_COLUMNS: Record<FlagFilter, string> = {
  noDiagnosis: "no_diagnosis",
  evening: "evening",
  interpreter: "interpreter",
  transport: "transport",
  homeVisits: "home_visits",
  stepFree: "step_free",
  free: "is_free",
  new: "is_new",
  social: "is_social",
};

/**
 * Every facet in one pass over the matched offers: one hash aggregate with a grouping set per grouped facet and one
 * for the total (which also counts the yes/no and waiting-time options), each by missed filter. It returns a row per
 * distinct value, a few hundred at most; toFacetCounts adds them up into the options.
 */
function facetGroupsSql(): Prisma.Sql {
  const column = (name: string) => Prisma.raw(name);
  const facet = Prisma.join(GROUPED_FACETS.map(([key, name]) => Prisma.sql`WHEN GROUPING(${column(name)}) = 0 THEN ${key}::text`), " ");
  const value = Prisma.join(GROUPED_FACETS.map(([, name]) => Prisma.sql`WHEN GROUPING(${column(name)}) = 0 THEN to_json(${column(name)})`), " ");
  const flags = Prisma.join(FLAG_FILTERS.map((key) => Prisma.sql`${key}::text, count(*) FILTER (WHERE ${column(FLAG_COLUMNS[key])})`), ", ");
  const waits = Prisma.join(MAX_WAIT_OPTIONS.map((weeks) => Prisma.sql`${String(weeks)}::text, count(*) FILTER (WHERE waiting_weeks <= ${weeks})`), ", ");
  const sets = Prisma.join(GROUPED_FACETS.map(([, name]) => Prisma.sql`(${column(name)})`), ", ");
  return Prisma.sql`
    SELECT CASE ${facet} ELSE 'total' END AS facet, missed,
           CASE ${value} ELSE json_build_object(${flags}, 'maxWait', json_build_object(${waits})) END AS value,
           count(*)::int AS count
    FROM matched WHERE missed IS NOT NULL
    GROUP BY missed, GROUPING SETS (${sets}, ())`;
}

type FacetGroup =
  | { facet: (typeof GROUPED_FACETS)[number][0]; missed: string; value: string | string[]; count: number }
  | { facet: "total"; missed: string; value: Record<FlagFilter, number> & { maxWait: Record<string, number> }; count: number };

function toFacetCounts(groups: FacetGroup[]): FacetCounts {
  const facets: FacetCounts = { total: 0, need: {}, unit: {}, district: {}, format: {}, language: {}, maxWait: {}, ...(Object.fromEntries(FLAG_FILTERS.map((key) => [key, 0])) as Record<FlagFilter, number>) };
  const counts = (missed: string, facet: FacetKey) => missed === "" || missed === facet;
  const add = (options: Record<string, number>, option: string, count: number) => (options[option] = (options[option] ?? 0) + count);
  for (const group of groups) {
    if (group.facet === "total") {
      if (group.missed === "") facets.total += group.count;
      for (const flag of FLAG_FILTERS) if (counts(group.missed, flag)) facets[flag] += group.value[flag];
      if (counts(group.missed, "maxWait")) for (const [weeks, count] of Object.entries(group.value.maxWait)) if (count > 0) add(facets.maxWait, weeks, count);
    } else if (counts(group.missed, group.facet)) {
      for (const option of [group.value].flat()) add(facets[group.facet], option, group.count);
    }
  }
  return facets;
}

interface SearchAnswer {
  ids: string[];
  nearestIds: string[];
  facets: FacetGroup[];
  /** When the first matched offer stops being new. */
  validUntil: Date | null;
}

/**
 * One statement answers a search: the ranked ids (best first), every facet count and, when nothing is left, the nearest
 * offers — those the filters left out, then those below the relevance floor (a word only in the directions or times) —
 * so the matching offers are found once. Exported so tests can EXPLAIN it.
 */
export function searchStatement(search: OfferSearch, spelling: Spelling): Prisma.Sql {
  const terms = queryWords(search.q).length > 0 ? spelling.terms : null;
  return Prisma.sql`${matchedCte(search, terms)}
    SELECT
      (SELECT coalesce(json_agg(id), '[]'::json) FROM (
         SELECT id FROM matched WHERE missed = '' ORDER BY rank DESC, title LIMIT ${RESULT_LIMIT}
       ) ranked) AS ids,
      (SELECT coalesce(json_agg(id), '[]'::json) FROM (
         SELECT id FROM (SELECT id, rank, title, 0 AS below_floor FROM matched UNION ALL SELECT id, rank, title, 1 FROM candidates WHERE NOT strong) near
         WHERE NOT EXISTS (SELECT FROM matched WHERE missed = '') ORDER BY below_floor, rank DESC, title LIMIT ${NEAREST_LIMIT}
       ) nearest) AS "nearestIds",
      (SELECT coalesce(json_agg(f), '[]'::json) FROM (${facetGroupsSql()}) f) AS facets,
      (SELECT min(new_until) FROM matched WHERE new_until > now()) AS "validUntil"`;
}

/**
 * Ranks active offers for a search; the one place the ranking is decided. The spelling and the statement's answer are
 * kept for the catalogue version (catalogue-answers.ts): the same search again costs one read of the version.
 * `db` is the portal's database unless given.
 */
export async function rankOffers(search: OfferSearch, db?: SearchDb): Promise<RankedOffers> {
  const database = db ?? (await getDb());
  const words = queryWords(search.q);
  const catalogue = await readCatalogue(database);
  const spelling = await answerFor(catalogue, JSON.stringify(["spelling", words]), async () => ({ value: await correctWords(database, words), validUntil: null }));
  const statement = searchStatement(search, spelling);
  const answer = await answerFor(catalogue, JSON.stringify([statement.text, statement.values]), async () => {
    const [row] = await database.$queryRaw<SearchAnswer[]>(statement);
    return { value: row!, validUntil: row!.validUntil };
  });
  const matchedNothing = answer.ids.length === 0 && answer.nearestIds.length === 0;
  const nearestIds = matchedNothing && words.length > 0 ? await nearestBySpelling(database, words) : answer.nearestIds;
  return { ids: [...answer.ids], facets: toFacetCounts(answer.facets), corrections: [...spelling.corrections], nearestIds: [...nearestIds], catalogue };
}

/**
 * When the words match no offer at all: the offers matching the vocabulary words nearest to the query's words (by
 * trigram word similarity after folding æ, ø, å, either way round, so a part of a compound counts), through the
 * full-text index. Bounded by the vocabulary (a few hundred words), not the catalogue.
 */
async function nearestBySpelling(db: SearchDb, words: string[]): Promise<string[]> {
  const [word, vocabularyWord] = [folded(Prisma.sql`w`), folded(Prisma.sql`t.word`)];
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH near AS (
      SELECT n.term FROM unnest(${words}::text[]) AS w
      CROSS JOIN LATERAL (
        SELECT plainto_tsquery('danish', protect_stems(t.word))::text AS term FROM "SearchTerm" t
        WHERE (${word} <% ${vocabularyWord} OR ${vocabularyWord} <% ${word}) AND plainto_tsquery('danish', protect_stems(t.word))::text <> ''
        ORDER BY greatest(word_similarity(${word}, ${vocabularyWord}), word_similarity(${vocabularyWord}, ${word})) DESC, t.word
        LIMIT ${NEAREST_LIMIT}
      ) n
    ),
    q AS (SELECT string_agg(DISTINCT term, ' | ')::tsquery AS tsq FROM near)
    SELECT o.id FROM "Offer" o, q
    WHERE o."isActive" AND o."searchVector" @@ q.tsq
    ORDER BY ts_rank(o."searchVector", q.tsq, 1) DESC, o.title
    LIMIT ${NEAREST_LIMIT}`);
  return rows.map((row) => row.id);
}
