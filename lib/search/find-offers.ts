import "server-only";
import { getOfferCards } from "@/lib/offers/offer-card";
import type { OfferSearch } from "./schemas";
import { rankOffers } from "./search-offers";

/** One search as the page and GET /api/offers both serve it: ranked cards, facet counts, corrections, nearest offers. */
export async function findOffers(search: OfferSearch) {
  const ranked = await rankOffers(search);
  const [offers, nearest] = await Promise.all([getOfferCards(ranked.ids), getOfferCards(ranked.nearestIds)]);
  return { total: ranked.facets.total, offers, nearest, facets: ranked.facets, corrections: ranked.corrections };
}

export type FoundOffers = Awaited<ReturnType<typeof findOffers>>;
