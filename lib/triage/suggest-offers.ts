import "server-only";
import { getDb } from "@/lib/db";
import { listSentReferralAlternatives } from "@/lib/referrals/form-alternatives";
import type { TriageCase } from "./get-triage-case";
import type { OfferChoice } from "./list-offer-choices";

export type SuggestedOffer = OfferChoice & { unitName: string };

/** The referral as the suggestion reads it: what the routing rule reads, as the referrer sent it. */
type SuggestionSubject = Pick<
  TriageCase,
  "citizen" | "offer" | "needs" | "diagnoses" | "multiMorbidity" | "socialNeeds" | "possibleExclusion" | "eligibilityUnclear" | "barriers" | "citizenLanguage" | "citizenNeedsInterpreter" | "citizenDistrict"
>;

/**
 * For a forward or a decline: the next-best offers for the referral's chosen offer, when it is full, slow or cannot
 * meet the citizen's barriers, that the citizen fits — the same the referral form proposed (lib/referrals/
 * form-alternatives.ts). Listed first in the coordinator's and the unit's choices, and the decline's suggested
 * alternative. None when no offer was chosen, nothing is better, or the citizen is pseudonymised.
 */
export async function suggestOffers(referral: SuggestionSubject): Promise<SuggestedOffer[]> {
  const alternatives = await listSentReferralAlternatives(await getDb(), referral);
  return alternatives.map(({ offer }) => ({ id: offer.id, title: offer.title, unitName: offer.unitName, waitingWeeks: offer.waitingWeeks, capacityStatus: offer.capacityStatus }));
}
