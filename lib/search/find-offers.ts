import "server-only";
import { getOfferCards, type OfferCard } from "@/lib/offers/offer-card";
import { itemsFor, type Catalogue } from "./catalogue-answers";
import type { OfferSearch } from "./schemas";
import { rankOffers } from "./search-offers";

/** The cards of offers as kept for the catalogue version the search read (lib/search/catalogue-answers.ts). */
const cardsFor = (catalogue: Catalogue, ids: string[]): Promise<OfferCard[]> => itemsFor(catalogue, "offer-card", ids, getOfferCards);

/** One search as the page and GET /api/offers both serve it: ranked cards, facet counts, corrections, nearest offers. */
export async function findOffers(search: OfferSearch) {
  const ranked = await rankOffers(search);
  const [offers, nearest] = await Promise.all([cardsFor(ranked.catalogue, ranked.ids), cardsFor(ranked.catalogue, ranked.nearestIds)]);
  return { total: ranked.facets.total, offers, nearest, facets: ranked.facets, corrections: ranked.corrections };
}

export type FoundOffers = Awaited<ReturnType<typeof findOffers>>;
