import type { CapacityStatus } from "@/lib/generated/prisma/enums";

// Next-best offers: when an offer is full or slow, the offers that help with the same needs and can take the citizen
// sooner, best first, each with why in words the GP reads at a glance ("Samme hjælp · kortere ventetid, ca. 2 uger ·
// har plads"). Pure: the one ranking, used wherever an alternative is proposed.

/** From this many weeks' wait an offer is slow: its page proposes alternatives, as it does when the offer is full. */
export const SLOW_WAIT_WEEKS = 8;
/** How many alternatives are shown. */
export const NEXT_BEST_LIMIT = 3;

export interface WaitAndPlaces {
  waitingWeeks: number | null;
  capacityStatus: CapacityStatus;
}

export interface NextBestCandidate extends WaitAndPlaces {
  id: string;
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
}

export interface NextBest<Candidate> {
  offer: Candidate;
  reasons: NextBestReasons;
}

/** The offer is full or the wait is long: the GP should see what else helps with the same. */
export function needsAlternatives(offer: WaitAndPlaces): boolean {
  return offer.capacityStatus === "FULL" || (offer.waitingWeeks ?? 0) >= SLOW_WAIT_WEEKS;
}

const PLACES_ORDER: Record<CapacityStatus, number> = { OPEN: 0, LIMITED: 1, FULL: 2 };

/**
 * The candidates that share a need with the offer and can take the citizen sooner — not full, and a shorter wait or
 * places where the offer has none — ranked by most needs shared, then places (open before a few left), then the
 * shorter wait (an unknown wait last), then id for a stable order. At most `limit`.
 */
export function rankNextBest<Candidate extends NextBestCandidate>(
  offer: WaitAndPlaces & { id: string; needSlugs: string[] },
  candidates: Candidate[],
  limit = NEXT_BEST_LIMIT,
): NextBest<Candidate>[] {
  const ranked: NextBest<Candidate>[] = [];
  for (const candidate of candidates) {
    if (candidate.id === offer.id || candidate.capacityStatus === "FULL") continue;
    const sharedNeeds = offer.needSlugs.filter((slug) => candidate.needSlugs.includes(slug));
    if (sharedNeeds.length === 0) continue;
    const shorter = candidate.waitingWeeks != null && (offer.waitingWeeks == null || candidate.waitingWeeks < offer.waitingWeeks);
    const hasPlaces = offer.capacityStatus === "FULL";
    if (!shorter && !hasPlaces) continue;
    ranked.push({
      offer: candidate,
      reasons: { sharedNeeds, sameHelp: sharedNeeds.length === offer.needSlugs.length, shorterWaitWeeks: shorter ? candidate.waitingWeeks : null, hasPlaces },
    });
  }
  const wait = (weeks: number | null) => weeks ?? Number.POSITIVE_INFINITY;
  return ranked
    .sort(
      (a, b) =>
        b.reasons.sharedNeeds.length - a.reasons.sharedNeeds.length ||
        PLACES_ORDER[a.offer.capacityStatus] - PLACES_ORDER[b.offer.capacityStatus] ||
        wait(a.offer.waitingWeeks) - wait(b.offer.waitingWeeks) ||
        a.offer.id.localeCompare(b.offer.id),
    )
    .slice(0, limit);
}
