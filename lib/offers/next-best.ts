import type { CapacityStatus, District } from "@/lib/generated/prisma/enums";
import { unmetBarriers, type CheckedBarrier, type CitizenBarriers, type OfferAccess } from "@/lib/routing/barriers";

// Next-best offers: when an offer is full or slow, or cannot meet what stands in the citizen's way, the offers that
// help with the same needs and can take the citizen sooner or as they are, best first, each with why in words the GP
// reads at a glance ("Samme hjælp · kortere ventetid, ca. 2 uger · uden hold · på arabisk"). Pure: the one ranking,
// used wherever an alternative is proposed.

/** From this many weeks' wait an offer is slow: its page proposes alternatives, as it does when the offer is full. */
export const SLOW_WAIT_WEEKS = 8;
/** How many alternatives are shown. */
export const NEXT_BEST_LIMIT = 3;

export interface WaitAndPlaces {
  waitingWeeks: number | null;
  capacityStatus: CapacityStatus;
}

export interface NextBestCandidate extends WaitAndPlaces, OfferAccess {
  id: string;
  unitId: string;
  /** The districts of its locations (none: held at home or on screen). */
  districts: District[];
  /** The slugs of the needs the offer helps with. */
  needSlugs: string[];
}

/** Why an alternative is proposed: the needs it shares with the offer, and what it does better. */
export interface NextBestReasons {
  /** The shared needs' slugs, in the offer's order. */
  sharedNeeds: string[];
  /** Every need of the offer is shared. */
  sameHelp: boolean;
  /** Its wait in weeks when shorter than the offer's (0: no wait); null when not shorter or not known. */
  shorterWaitWeeks: number | null;
  /** It has places (open or a few left) where the offer is full. */
  hasPlaces: boolean;
  /** The citizen's barriers it meets that the offer does not (an interpreter need met by the language is `inLanguage`). */
  meetsBarriers: CheckedBarrier[];
  /** The citizen's language (not Danish) when the offer is held in it. */
  inLanguage: string | null;
  /** It is held in the citizen's district (shorter to get there). */
  inDistrict: boolean;
}

/** What the referrer said about the citizen, for the ranking: the barriers, and where the citizen lives. */
export type NextBestCitizen = CitizenBarriers & { district?: District | null };

export interface NextBest<Candidate> {
  offer: Candidate;
  reasons: NextBestReasons;
}

/** The offer is full or the wait is long: the GP should see what else helps with the same. */
export function needsAlternatives(offer: WaitAndPlaces): boolean {
  return offer.capacityStatus === "FULL" || (offer.waitingWeeks ?? 0) >= SLOW_WAIT_WEEKS;
}

/** Alternatives are worth proposing: the offer is full or slow, or cannot meet one of the citizen's barriers. */
export function wantsAlternatives(offer: WaitAndPlaces & OfferAccess, citizen?: CitizenBarriers): boolean {
  return needsAlternatives(offer) || (citizen !== undefined && unmetBarriers(offer, citizen).length > 0);
}

const PLACES_ORDER: Record<CapacityStatus, number> = { OPEN: 0, LIMITED: 1, FULL: 2 };

/**
 * The candidates that share a need with the offer and are better for the citizen — not full, and a shorter wait,
 * places where the offer has none, or meeting the citizen's barriers where the offer does not — ranked by most needs
 * shared, then the offer's own unit (it knows the citizen's kind of problem), then places (open before a few left),
 * then the shorter wait (an unknown wait last), then the citizen's language, then the citizen's district, then id for
 * a stable order. With the citizen's barriers given, a candidate that cannot meet one of them is
 * left out (it would go to central triage too). At most `limit`.
 */
export function rankNextBest<Candidate extends NextBestCandidate>(
  offer: WaitAndPlaces & OfferAccess & { id: string; unitId: string; needSlugs: string[] },
  candidates: Candidate[],
  { citizen, limit = NEXT_BEST_LIMIT }: { citizen?: NextBestCitizen; limit?: number } = {},
): NextBest<Candidate>[] {
  const offerUnmet = citizen ? unmetBarriers(offer, citizen) : [];
  const slowOrFull = needsAlternatives(offer);
  const language = citizen && citizen.language !== "da" ? citizen.language : null;
  const ranked: NextBest<Candidate>[] = [];
  for (const candidate of candidates) {
    if (candidate.id === offer.id || candidate.capacityStatus === "FULL") continue;
    if (citizen && unmetBarriers(candidate, citizen).length > 0) continue;
    const sharedNeeds = offer.needSlugs.filter((slug) => candidate.needSlugs.includes(slug));
    if (sharedNeeds.length === 0) continue;
    const shorter = slowOrFull && candidate.waitingWeeks != null && (offer.waitingWeeks == null || candidate.waitingWeeks < offer.waitingWeeks);
    const hasPlaces = offer.capacityStatus === "FULL";
    if (!shorter && !hasPlaces && offerUnmet.length === 0) continue;
    const inLanguage = language && candidate.languages.includes(language) ? language : null;
    ranked.push({
      offer: candidate,
      reasons: {
        sharedNeeds,
        sameHelp: sharedNeeds.length === offer.needSlugs.length,
        shorterWaitWeeks: shorter ? candidate.waitingWeeks : null,
        hasPlaces,
        meetsBarriers: offerUnmet.filter((barrier) => !(barrier === "INTERPRETER" && inLanguage)),
        inLanguage,
        inDistrict: Boolean(citizen?.district && candidate.districts.includes(citizen.district)),
      },
    });
  }
  const wait = (weeks: number | null) => weeks ?? Number.POSITIVE_INFINITY;
  return ranked
    .sort(
      (a, b) =>
        b.reasons.sharedNeeds.length - a.reasons.sharedNeeds.length ||
        Number(b.offer.unitId === offer.unitId) - Number(a.offer.unitId === offer.unitId) ||
        PLACES_ORDER[a.offer.capacityStatus] - PLACES_ORDER[b.offer.capacityStatus] ||
        wait(a.offer.waitingWeeks) - wait(b.offer.waitingWeeks) ||
        Number(b.reasons.inLanguage !== null) - Number(a.reasons.inLanguage !== null) ||
        Number(b.reasons.inDistrict) - Number(a.reasons.inDistrict) ||
        a.offer.id.localeCompare(b.offer.id),
    )
    .slice(0, limit);
}
