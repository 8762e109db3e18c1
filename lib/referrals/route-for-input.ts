import "server-only";
import { ageOn } from "@/lib/citizens/cpr";
import type { DbOrTx } from "@/lib/db";
import type { Barrier, District } from "@/lib/generated/prisma/enums";
import { routeReferral, type RoutingDecision, type RoutingOffer } from "@/lib/routing/route-referral";
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
  barriers: Barrier[];
  language: string;
  needsInterpreter: boolean;
  /** Where the citizen lives: not for the routing rule, but for ranking alternatives. */
  district?: District | null;
}

/** `chosenOfferId`: the offer the referrer chose, also when the referral goes to central triage. */
export type RoutingAnswer = RoutingDecision & { unitName: string | null; offerTitle: string | null; chosenOfferId: string | null };

interface RoutingFacts {
  /** The chosen offer, with its unit's name; null when none was chosen or the catalogue does not have it. */
  offer: (RoutingOffer & { title: string; unitName: string }) | null;
  /** The ticked needs the catalogue has. */
  needSlugs: string[];
  /** A unit with an active offer taking referrals for every one of those needs, if there is one. */
  sharedUnitId: string | null;
}

/**
 * What the routing rule needs, in one statement: the offer, the needs found, and one unit that serves them all. Not
 * every offer of every need: at city scale a need has hundreds, and the rule only asks whether one unit has them all.
 */
async function loadRoutingFacts(db: DbOrTx, input: RoutingQuestion): Promise<RoutingFacts> {
  const [facts] = await db.$queryRaw<RoutingFacts[]>`
    WITH needs AS (SELECT id, slug FROM "Need" WHERE slug = ANY(${input.needSlugs}::text[]))
    SELECT
      ARRAY(SELECT slug FROM needs) AS "needSlugs",
      (SELECT o."unitId" FROM "_NeedToOffer" link JOIN "Offer" o ON o.id = link."B"
         WHERE link."A" IN (SELECT id FROM needs) AND o."isActive" AND o."takesReferrals"
         GROUP BY o."unitId" HAVING count(DISTINCT link."A") = (SELECT count(*) FROM needs) LIMIT 1) AS "sharedUnitId",
      (SELECT json_build_object(
         'id', o.id, 'unitId', o."unitId", 'title', o.title, 'unitName', u.name, 'diagnosisRequired', o."diagnosisRequired",
         'requiredDiagnoses', o."requiredDiagnoses", 'minAge', o."minAge", 'maxAge', o."maxAge",
         'exclusionCriteria', o."exclusionCriteria", 'isActive', o."isActive", 'takesReferrals', o."takesReferrals",
         'formats', o.formats, 'hasEveningTimes', o."hasEveningTimes", 'languages', o.languages,
         'interpreterAvailable', o."interpreterAvailable", 'transportHelp', o."transportHelp", 'homeVisits', o."homeVisits")
       FROM "Offer" o JOIN "Unit" u ON u.id = o."unitId" WHERE o.slug = ${input.offerSlug ?? null}) AS offer`;
  return facts!;
}

/**
 * Loads what the routing rule needs (the offer, whether one unit serves every need, the citizen's age) and applies it.
 * A need or offer the catalogue does not have is refused at its field (AppError INVALID), for the preview and the send
 * alike.
 */
export async function routeForInput(db: DbOrTx, input: RoutingQuestion, now = new Date()): Promise<RoutingAnswer> {
  const { offer, needSlugs, sharedUnitId } = await loadRoutingFacts(db, input);
  checkCatalogueSlugs(input, { needSlugs, offer: offer !== null });
  const decision = routeReferral({
    offer,
    citizenAge: ageOn(input.cpr.birthDate, now),
    diagnoses: input.diagnoses,
    // The rule asks whether some unit serves every need: the one shared unit, or none, answers as every unit would.
    needs: needSlugs.map((slug) => ({ slug, unitIds: sharedUnitId ? [sharedUnitId] : [] })),
    multiMorbidity: input.multiMorbidity,
    socialNeeds: input.socialNeeds,
    possibleExclusion: input.possibleExclusion,
    eligibilityUnclear: input.eligibilityUnclear,
    barriers: input.barriers,
    language: input.language,
    needsInterpreter: input.needsInterpreter,
  });
  return { ...decision, unitName: decision.destination === "UNIT" ? (offer?.unitName ?? null) : null, offerTitle: offer?.title ?? null, chosenOfferId: offer?.id ?? null };
}
