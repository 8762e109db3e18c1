import "server-only";
import { parseCpr } from "@/lib/citizens/cpr";
import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NEXT_BEST_LIMIT, type NextBestReasons } from "@/lib/offers/next-best";
import type { RoutingReason } from "@/lib/routing/route-referral";
import { listNextBestOffers } from "@/lib/search/next-best-offers";
import { getFormOffers, type FormOffer } from "./get-referral-form-options";
import { routeForInput, type RoutingAnswer, type RoutingQuestion } from "./route-for-input";

export interface FormAlternative {
  offer: FormOffer;
  reasons: NextBestReasons;
}

/** The form's preview: where the referral would go and why, and what else could take the citizen. */
export type RoutingPreviewAnswer = RoutingAnswer & { alternatives: FormAlternative[] };

/** Ranked candidates checked against the routing rule, so that three that fit the citizen are usually among them. */
const CHECKED = 8;
/** What makes an offer itself wrong for the citizen; the rest (several illnesses, social needs …) go to triage with any offer. */
const OFFER_REASONS: readonly RoutingReason[] = [
  "DIAGNOSIS_MISSING",
  "AGE_OUTSIDE_RANGE",
  "OFFER_NOT_AVAILABLE",
  "BARRIER_NO_GROUPS",
  "BARRIER_NEEDS_TRANSPORT",
  "BARRIER_HOME_OR_SCREEN_ONLY",
  "BARRIER_AFTER_16_ONLY",
  "BARRIER_INTERPRETER",
];

/**
 * While the referral is written: when the chosen offer is full or slow, or cannot meet what stands in the citizen's
 * way, the next-best offers (lib/offers/next-best.ts) that the citizen fits (the routing rule finds no diagnosis, age
 * or barrier against them), as the form shows them, so the referrer can switch to one without leaving the form.
 */
export async function listFormAlternatives(db: DbOrTx, input: RoutingQuestion, now = new Date()): Promise<FormAlternative[]> {
  if (!input.offerSlug) return [];
  const [chosen] = await getFormOffers([input.offerSlug], now);
  if (!chosen?.isActive) return [];
  const ranked = await listNextBestOffers(chosen, input, CHECKED);
  const offers = await getFormOffers(ranked.map((next) => next.offer.slug), now);
  const routes = await Promise.all(offers.map((offer) => routeForInput(db, { ...input, offerSlug: offer.slug }, now)));
  const fitting = new Set(offers.filter((_offer, index) => !routes[index]!.reasons.some((reason) => OFFER_REASONS.includes(reason))).map((offer) => offer.slug));
  return ranked
    .flatMap((next) => {
      const offer = offers.find((candidate) => candidate.slug === next.offer.slug);
      return offer && fitting.has(offer.slug) ? [{ offer, reasons: next.reasons }] : [];
    })
    .slice(0, NEXT_BEST_LIMIT);
}

/** What the routing rule reads of a referral already sent, as the referrer sent it. */
export const sentRoutingSelect = {
  citizen: { select: { cpr: true } },
  offer: { select: { slug: true } },
  needs: { select: { slug: true } },
  diagnoses: true,
  multiMorbidity: true,
  socialNeeds: true,
  possibleExclusion: true,
  eligibilityUnclear: true,
  barriers: true,
  citizenLanguage: true,
  citizenNeedsInterpreter: true,
  citizenDistrict: true,
} satisfies Prisma.ReferralSelect;

export type SentRoutingFacts = Prisma.ReferralGetPayload<{ select: typeof sentRoutingSelect }>;

/**
 * The next-best offers for a referral already sent — for central triage's and the unit's forward and decline, and for
 * making a closed referral again: the form's proposals for its offer, as the referrer sent it. None when no offer was
 * chosen or the citizen is pseudonymised.
 */
export async function listSentReferralAlternatives(db: DbOrTx, referral: SentRoutingFacts): Promise<FormAlternative[]> {
  const cpr = parseCpr(referral.citizen.cpr);
  if (!referral.offer || !cpr.ok) return [];
  return listFormAlternatives(db, {
    cpr,
    offerSlug: referral.offer.slug,
    needSlugs: referral.needs.map((need) => need.slug),
    diagnoses: referral.diagnoses,
    multiMorbidity: referral.multiMorbidity,
    socialNeeds: referral.socialNeeds,
    possibleExclusion: referral.possibleExclusion,
    eligibilityUnclear: referral.eligibilityUnclear,
    barriers: referral.barriers,
    language: referral.citizenLanguage,
    needsInterpreter: referral.citizenNeedsInterpreter,
    district: referral.citizenDistrict,
  });
}
