import "server-only";
import { getDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NEXT_BEST_LIMIT, rankNextBest, wantsAlternatives, type NextBest, type NextBestCandidate, type NextBestCitizen, type WaitAndPlaces } from "@/lib/offers/next-best";
import { checkedBarriers, unmetBarriers, type CheckedBarrier, type CitizenBarriers, type OfferAccess } from "@/lib/routing/barriers";
import { answerFor, readCatalogue } from "./catalogue-answers";

/** Candidates read per offer, in the ranking's own order, so a large catalogue's many offers for one need stay one small read. */
const CANDIDATES = 20;

export interface NextBestOffer extends NextBestCandidate {
  slug: string;
  title: string;
  unitName: string;
}

/** The offer alternatives are looked for: its needs, its wait and places, and what it can meet. */
export type NextBestSubject = WaitAndPlaces & OfferAccess & { id: string; unitId: string; needs: { slug: string }[] };

/**
 * Each barrier of lib/routing/barriers.ts (meetsBarrier) as a condition on an offer `o`, so that the few candidates
 * read are ones the ranking keeps. The ranking checks again; tests/integration/next-best-offers.test.ts holds the two
 * to the same answer on every demo offer.
 */
export function barrierCondition(barrier: CheckedBarrier, language: string): Prisma.Sql {
  const atHomeOrOnScreen = Prisma.sql`(o."homeVisits" OR 'ONLINE' = ANY(o.formats))`;
  switch (barrier) {
    case "NO_GROUPS":
      return Prisma.sql`(EXISTS (SELECT 1 FROM unnest(o.formats) f WHERE f <> 'GROUP') OR o."homeVisits")`;
    case "NEEDS_TRANSPORT":
      return Prisma.sql`(o."transportHelp" OR ${atHomeOrOnScreen})`;
    case "HOME_OR_SCREEN_ONLY":
      return atHomeOrOnScreen;
    case "AFTER_16_ONLY":
      return Prisma.sql`o."hasEveningTimes"`;
    case "INTERPRETER":
      return Prisma.sql`(o."interpreterAvailable" OR ${language} = ANY(o.languages))`;
  }
}

/**
 * For a full or slow offer, or one that cannot meet the citizen's barriers: the active offers taking referrals that
 * help with one of its needs and are better for the citizen, ranked by lib/offers/next-best.ts. One statement reads
 * the candidates in that ranking's order (most needs shared, own unit, places, wait), only those that are sooner (when that is
 * the reason) and meet the citizen's barriers, so the first few are the best at any catalogue size; it reads every
 * offer sharing a need (2,000 of 10,000 generated offers: ~20 ms), so the answer is kept for the catalogue version
 * like the search's (decision 015). None when there is nothing to improve on (no query then).
 */
export async function listNextBestOffers(offer: NextBestSubject, citizen?: NextBestCitizen, limit?: number): Promise<NextBest<NextBestOffer>[]> {
  if (!wantsAlternatives(offer, citizen) || offer.needs.length === 0) return [];
  const needSlugs = offer.needs.map((need) => need.slug);
  const barriers = citizen ? checkedBarriers(citizen) : [];
  const db = await getDb();
  const catalogue = await readCatalogue(db);
  const key = JSON.stringify(["nextBest", offer.id, barriers, barriers.includes("INTERPRETER") ? citizen?.language : null]);
  const rows = await answerFor(catalogue, key, async () => ({ value: await readCandidates(db, offer, needSlugs, citizen), validUntil: null }));
  return rankNextBest({ ...offer, needSlugs }, rows, { citizen, limit });
}

interface CandidateQuery {
  needSlugs: string[];
  /** The offer alternatives are looked for, left out; its unit's offers first. */
  offer?: { id: string; unitId: string };
  /** Only offers with a shorter wait than this. */
  soonerThan?: number;
  citizen?: CitizenBarriers;
}

async function readCandidates(db: Db, offer: NextBestSubject, needSlugs: string[], citizen: CitizenBarriers | undefined): Promise<NextBestOffer[]> {
  const onlySooner = offer.capacityStatus !== "FULL" && !(citizen && unmetBarriers(offer, citizen).length > 0);
  return readOffersForNeeds(db, { needSlugs, offer, soonerThan: onlySooner ? (offer.waitingWeeks ?? 0) : undefined, citizen }, CANDIDATES);
}

/**
 * The active offers taking referrals and not full that help with the most of these needs, then (for an offer) its
 * own unit's, then open before a few places, then the shortest wait: for a case-finding conversation's needs, with
 * their needs so the caller can say which.
 */
export async function listOffersForNeeds(needSlugs: string[], limit = NEXT_BEST_LIMIT): Promise<NextBestOffer[]> {
  if (needSlugs.length === 0) return [];
  return readOffersForNeeds(await getDb(), { needSlugs }, limit);
}

async function readOffersForNeeds(db: Db, { needSlugs, offer, soonerThan, citizen }: CandidateQuery, limit: number): Promise<NextBestOffer[]> {
  const sooner = soonerThan === undefined ? Prisma.empty : Prisma.sql`AND o."waitingWeeks" < ${soonerThan}`;
  const barriers = citizen ? checkedBarriers(citizen) : [];
  const meets = barriers.length > 0 ? Prisma.sql`AND ${Prisma.join(barriers.map((barrier) => barrierCondition(barrier, citizen!.language)), " AND ")}` : Prisma.empty;
  const notOffer = offer ? Prisma.sql`AND o.id <> ${offer.id}` : Prisma.empty;
  const ownUnitFirst = offer ? Prisma.sql`o."unitId" = ${offer.unitId} DESC,` : Prisma.empty;
  return db.$queryRaw<NextBestOffer[]>(Prisma.sql`
    WITH shared AS (
      SELECT j."B" AS offer_id, count(*) AS needs
      FROM "_NeedToOffer" j JOIN "Need" n ON n.id = j."A"
      WHERE n.slug = ANY(${needSlugs}::text[])
      GROUP BY j."B"
    )
    SELECT o.id, o.slug, o.title, o."unitId", u.name AS "unitName", o."waitingWeeks", o."capacityStatus"::text AS "capacityStatus",
           o.formats::text[] AS formats, o."hasEveningTimes", o.languages, o."interpreterAvailable", o."transportHelp", o."homeVisits",
           o.districts::text[] AS districts, (SELECT array_agg(n.slug) FROM "_NeedToOffer" j JOIN "Need" n ON n.id = j."A" WHERE j."B" = o.id) AS "needSlugs"
    FROM shared s JOIN "Offer" o ON o.id = s.offer_id JOIN "Unit" u ON u.id = o."unitId"
    WHERE o."isActive" AND o."takesReferrals" AND o."capacityStatus" <> 'FULL' ${notOffer} ${sooner} ${meets}
    ORDER BY s.needs DESC, ${ownUnitFirst} o."capacityStatus", o."waitingWeeks" NULLS LAST, o.id
    LIMIT ${limit}`);
}
