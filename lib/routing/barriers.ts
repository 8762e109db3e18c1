import type { Barrier, OfferFormat } from "@/lib/generated/prisma/enums";

// What can stand in the way of a citizen taking part, and whether an offer can meet it. Pure: routing sends a referral
// to central triage when the chosen offer cannot meet a barrier (with the barrier said), and the next-best ranking
// prefers the offers that can.

/** The barriers the referral form offers, in its order. "OTHER" is said in words and is for the receiver to read. */
export const BARRIERS = ["NO_GROUPS", "NEEDS_TRANSPORT", "HOME_OR_SCREEN_ONLY", "AFTER_16_ONLY", "OTHER"] as const satisfies readonly Barrier[];

/** A barrier an offer can be checked against: the ticked ones but "OTHER", and the need for an interpreter. */
export type CheckedBarrier = Exclude<Barrier, "OTHER"> | "INTERPRETER";

/** In the order they are explained. */
export const CHECKED_BARRIERS = ["NO_GROUPS", "NEEDS_TRANSPORT", "HOME_OR_SCREEN_ONLY", "AFTER_16_ONLY", "INTERPRETER"] as const satisfies readonly CheckedBarrier[];

/** The offer's facts that can meet a barrier. */
export interface OfferAccess {
  formats: OfferFormat[];
  hasEveningTimes: boolean;
  /** ISO 639-1 codes the offer is held in. */
  languages: string[];
  interpreterAvailable: boolean;
  transportHelp: boolean;
  homeVisits: boolean;
}

/** What the referrer said about the citizen. */
export interface CitizenBarriers {
  barriers: readonly Barrier[];
  /** ISO 639-1 code of the citizen's language. */
  language: string;
  needsInterpreter: boolean;
}

const atHomeOrOnScreen = (offer: OfferAccess) => offer.homeVisits || offer.formats.includes("ONLINE");

/** Whether the offer can meet the barrier. */
export function meetsBarrier(offer: OfferAccess, barrier: CheckedBarrier, language: string): boolean {
  switch (barrier) {
    case "NO_GROUPS":
      return offer.formats.some((format) => format !== "GROUP") || offer.homeVisits;
    case "NEEDS_TRANSPORT":
      return offer.transportHelp || atHomeOrOnScreen(offer);
    case "HOME_OR_SCREEN_ONLY":
      return atHomeOrOnScreen(offer);
    case "AFTER_16_ONLY":
      return offer.hasEveningTimes;
    case "INTERPRETER":
      return offer.interpreterAvailable || offer.languages.includes(language);
  }
}

/** The barriers that can be checked against an offer, in CHECKED_BARRIERS order. */
export function checkedBarriers(citizen: CitizenBarriers): CheckedBarrier[] {
  return CHECKED_BARRIERS.filter((barrier) => (barrier === "INTERPRETER" ? citizen.needsInterpreter : citizen.barriers.includes(barrier)));
}

/** The citizen's barriers the offer cannot meet, in CHECKED_BARRIERS order. */
export function unmetBarriers(offer: OfferAccess, citizen: CitizenBarriers): CheckedBarrier[] {
  return checkedBarriers(citizen).filter((barrier) => !meetsBarrier(offer, barrier, citizen.language));
}
