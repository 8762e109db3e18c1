import "server-only";
import { getDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OfferDetail } from "@/lib/offers/get-offer";
import { needsAlternatives, rankNextBest, type NextBest } from "@/lib/offers/next-best";
import { answerFor, readCatalogue } from "./catalogue-answers";

/** Candidates read per offer, in the ranking's own order, so a large catalogue's many offers for one need stay one small read. */
const CANDIDATES = 20;

export interface NextBestOffer {
  id: string;
  slug: string;
  title: string;
  unitName: string;
  waitingWeeks: number | null;
  capacityStatus: OfferDetail["capacityStatus"];
  needSlugs: string[];
}

/**
 * For a full or slow offer: the active offers taking referrals that help with one of its needs and can take the
 * citizen sooner, ranked by lib/offers/next-best.ts. One statement reads the candidates in that ranking's order (most
 * needs shared, places, wait), only those that are sooner, so the first few are the best at any catalogue size; it
 * reads every offer sharing a need (2,000 of 10,000 generated offers: ~20 ms), so the answer is kept for the catalogue
 * version like the search's (decision 015). None for an offer that is neither full nor slow (no query then).
 */
export async function listNextBestOffers(offer: OfferDetail): Promise<NextBest<NextBestOffer>[]> {
  if (!needsAlternatives(offer) || offer.needs.length === 0) return [];
  const needSlugs = offer.needs.map((need) => need.slug);
  const db = await getDb();
  const catalogue = await readCatalogue(db);
  const rows = await answerFor(catalogue, JSON.stringify(["nextBest", offer.id]), async () => ({ value: await readCandidates(db, offer, needSlugs), validUntil: null }));
  return rankNextBest({ ...offer, needSlugs }, rows);
}

async function readCandidates(db: Db, offer: OfferDetail, needSlugs: string[]): Promise<NextBestOffer[]> {
  const sooner = offer.capacityStatus === "FULL" ? Prisma.empty : Prisma.sql`AND o."waitingWeeks" < ${offer.waitingWeeks ?? 0}`;
  return db.$queryRaw<NextBestOffer[]>(Prisma.sql`
    WITH shared AS (
      SELECT j."B" AS offer_id, count(*) AS needs
      FROM "_NeedToOffer" j JOIN "Need" n ON n.id = j."A"
      WHERE n.slug = ANY(${needSlugs}::text[])
      GROUP BY j."B"
    )
    SELECT o.id, o.slug, o.title, u.name AS "unitName", o."waitingWeeks", o."capacityStatus"::text AS "capacityStatus",
           (SELECT array_agg(n.slug) FROM "_NeedToOffer" j JOIN "Need" n ON n.id = j."A" WHERE j."B" = o.id) AS "needSlugs"
    FROM shared s JOIN "Offer" o ON o.id = s.offer_id JOIN "Unit" u ON u.id = o."unitId"
    WHERE o.id <> ${offer.id} AND o."isActive" AND o."takesReferrals" AND o."capacityStatus" <> 'FULL' ${sooner}
    ORDER BY s.needs DESC, o."capacityStatus", o."waitingWeeks" NULLS LAST, o.id
    LIMIT ${CANDIDATES}`);
}
