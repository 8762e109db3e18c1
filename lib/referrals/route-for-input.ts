import "server-only";
import { ageOn } from "@/lib/citizens/cpr";
import type { DbOrTx } from "@/lib/db";
import { routeReferral, type RoutingDecision } from "@/lib/routing/route-referral";
import { checkCatalogueSlugs } from "./check-catalogue-slugs";
import type { ParsedCpr } from "./schemas";

export interface RoutingQuestion {
  cpr: ParsedCpr;
  offerSlug?: string;
  needSlugs: string[];
  diagnoses: string[];
  multiMorbidity: boolean;
  socialNeeds: boolean;
  possibleExclusion: boolean;
  eligibilityUnclear: boolean;
}

/** `chosenOfferId`: the offer the referrer chose, also when the referral goes to central triage. */
export type RoutingAnswer = RoutingDecision & { unitName: string | null; offerTitle: string | null; chosenOfferId: string | null };

/**
 * Loads what the routing rule needs (the offer, which units serve each need, the citizen's age) and applies it. A need
 * or offer the catalogue does not have is refused at its field (AppError INVALID), for the preview and the send alike.
 */
export async function routeForInput(db: DbOrTx, input: RoutingQuestion, now = new Date()): Promise<RoutingAnswer> {
  const offer = input.offerSlug
    ? await db.offer.findUnique({
        where: { slug: input.offerSlug },
        select: {
          id: true, unitId: true, title: true, diagnosisRequired: true, requiredDiagnoses: true, minAge: true, maxAge: true,
          exclusionCriteria: true, isActive: true, takesReferrals: true, unit: { select: { name: true } },
        },
      })
    : null;
  const needs = await db.need.findMany({
    where: { slug: { in: input.needSlugs } },
    select: { slug: true, offers: { where: { isActive: true, takesReferrals: true }, select: { unitId: true } } },
  });
  checkCatalogueSlugs(input, { needSlugs: needs.map((need) => need.slug), offer: offer !== null });
  const decision = routeReferral({
    offer,
    citizenAge: ageOn(input.cpr.birthDate, now),
    diagnoses: input.diagnoses,
    needs: needs.map((need) => ({ slug: need.slug, unitIds: [...new Set(need.offers.map((o) => o.unitId))] })),
    multiMorbidity: input.multiMorbidity,
    socialNeeds: input.socialNeeds,
    possibleExclusion: input.possibleExclusion,
    eligibilityUnclear: input.eligibilityUnclear,
  });
  return { ...decision, unitName: decision.destination === "UNIT" ? (offer?.unit.name ?? null) : null, offerTitle: offer?.title ?? null, chosenOfferId: offer?.id ?? null };
}
