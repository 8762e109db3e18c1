import "server-only";
import type { DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Recomputes the search fields of the given offers (all when none are given) from the offer, its unit, needs and
 * locations, then adds the words of their titles and needs
 * (the words people search with, not every word of the descriptions) to the typo vocabulary. Call it after any change to an offer or its needs.
 * Weights: A = title and the lay words of its needs (Danish and English), B = summary and who it is for, C = the unit's and places' names, D = the first meeting, times, duration and exclusions (below the search's relevance floor).
 * Words whose stem would meet another meaning's ("ryger" and "ryggen") are read apart first (protect_stems, decision 019).
 */
export async function refreshOfferSearch(db: DbOrTx, offerIds?: string[]): Promise<void> {
  const only = offerIds ? Prisma.sql`AND o.id = ANY(${offerIds}::text[])` : Prisma.empty;
  await db.$executeRaw`
    WITH need_words AS (
      SELECT j."B" AS offer_id,
             string_agg(concat_ws(' ', n.label, array_to_string(n.synonyms, ' '), array_to_string(n."englishSynonyms", ' ')), ' ') AS words,
             array_agg(DISTINCT n.category) AS categories
      FROM "_NeedToOffer" j JOIN "Need" n ON n.id = j."A"
      GROUP BY j."B"
    ),
    place_words AS (
      SELECT l."offerId" AS offer_id,
             string_agg(l.name || ' ' || l.address, ' ') AS words,
             array_agg(DISTINCT l.district) AS districts
      FROM "OfferLocation" l
      GROUP BY l."offerId"
    ),
    fields AS (
      SELECT o.id,
             coalesce(nw.words, '') || ' ' || array_to_string(o."requiredDiagnoses", ' ') AS need_terms,
             concat_ws(' ', u.name, u."shortName", pw.words) AS places,
             concat_ws(' ', o."firstMeeting", o.schedule, o.duration, array_to_string(o."exclusionCriteria", ' ')) AS details,
             coalesce(nw.categories, '{}') AS categories,
             coalesce(pw.districts, '{}') AS districts
      FROM "Offer" o
      JOIN "Unit" u ON u.id = o."unitId"
      LEFT JOIN need_words nw ON nw.offer_id = o.id
      LEFT JOIN place_words pw ON pw.offer_id = o.id
      WHERE true ${only}
    )
    UPDATE "Offer" o SET
      "needTerms" = f.need_terms,
      "needCategories" = f.categories,
      "districts" = f.districts,
      "searchText" = lower(concat_ws(' ', o.title, f.need_terms, o.summary, o."forWhom", f.places, f.details)),
      "searchVector" =
        setweight(to_tsvector('danish', protect_stems(o.title || ' ' || f.need_terms)), 'A') ||
        setweight(to_tsvector('danish', protect_stems(o.summary || ' ' || o."forWhom")), 'B') ||
        setweight(to_tsvector('danish', protect_stems(f.places)), 'C') ||
        setweight(to_tsvector('danish', protect_stems(f.details)), 'D')
    FROM fields f
    WHERE o.id = f.id`;
  await db.$executeRaw`
    INSERT INTO "SearchTerm"(word)
    SELECT DISTINCT word
    FROM "Offer" o JOIN "Unit" u ON u.id = o."unitId",
         regexp_split_to_table(lower(concat_ws(' ', o.title, o."needTerms", u.name)), '[^[:alnum:]æøåéü]+') AS word
    WHERE length(word) >= 3 ${only}
    ON CONFLICT DO NOTHING`;
}
