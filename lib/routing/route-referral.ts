// Single entry: a referral goes straight to a unit only when the referrer chose one offer the citizen clearly fits;
// every doubt (the reasons below) sends it to central triage, and the GP is told each reason in plain words, before
// and after sending.

import { unmetBarriers, type CheckedBarrier, type CitizenBarriers, type OfferAccess } from "./barriers";

/** In the order the portal explains them; the UI renders reasons in this order. */
export const ROUTING_REASONS = [
  "OFFER_FITS",
  "NO_OFFER_CHOSEN",
  "DIAGNOSIS_MISSING",
  "NEEDS_SPAN_UNITS",
  "MULTIMORBIDITY",
  "SOCIAL_NEEDS",
  "POSSIBLE_EXCLUSION",
  "AGE_OUTSIDE_RANGE",
  "BARRIER_NO_GROUPS",
  "BARRIER_NEEDS_TRANSPORT",
  "BARRIER_HOME_OR_SCREEN_ONLY",
  "BARRIER_AFTER_16_ONLY",
  "BARRIER_INTERPRETER",
  "ELIGIBILITY_UNCLEAR",
  "OFFER_NOT_AVAILABLE",
] as const;

export type RoutingReason = (typeof ROUTING_REASONS)[number];

/** The routing reason of a barrier the chosen offer cannot meet. */
export const barrierReason = (barrier: CheckedBarrier) => `BARRIER_${barrier}` as const satisfies RoutingReason;

export interface RoutingOffer extends OfferAccess {
  id: string;
  unitId: string;
  diagnosisRequired: boolean;
  requiredDiagnoses: string[];
  minAge: number | null;
  maxAge: number | null;
  exclusionCriteria: string[];
  isActive: boolean;
  takesReferrals: boolean;
}

/** With the citizen's barriers: what the referrer ticked, the citizen's language and whether an interpreter is needed. */
export interface RoutingInput extends CitizenBarriers {
  /** null = "Ved ikke – send til central visitation". */
  offer: RoutingOffer | null;
  /** From the CPR number; null when unknown. */
  citizenAge: number | null;
  /** What the referrer wrote, free text items. */
  diagnoses: string[];
  /** For each need the referrer ticked: the units that have offers for it. */
  needs: { slug: string; unitIds: string[] }[];
  /** "Several chronic illnesses" ticked. */
  multiMorbidity: boolean;
  /** Social needs ticked (housing, money, loneliness…). */
  socialNeeds: boolean;
  /** The referrer says an exclusion criterion of the offer may apply. */
  possibleExclusion: boolean;
  /** The referrer ticked "I'm not sure the citizen fits". */
  eligibilityUnclear: boolean;
}

export type RoutingDecision =
  | { destination: "UNIT"; unitId: string; offerId: string; reasons: ["OFFER_FITS"] }
  | { destination: "TRIAGE"; reasons: RoutingReason[] };

// Letters and digits runs, so "Type 2-diabetes", "type 2 diabetes" and "type2diabetes" all give the same words joined.
function wordsOf(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
}

/** "Type 2-diabetes" → "type2diabetes": case, spaces, dashes and punctuation do not count. */
export function normaliseDiagnosis(text: string): string {
  return wordsOf(text).join("");
}

// The required diagnosis must end where one of the written words ends. That accepts "KOL grad 2" for "KOL" and Danish
// compounds such as "brystkræft" for "Kræft", but not "kolesterol" or "skoliose" for "KOL".
function diagnosisMatches(written: string, required: string): boolean {
  const target = normaliseDiagnosis(required);
  if (target === "") return false;
  let joined = "";
  return wordsOf(written).some((word) => {
    joined += word;
    return joined.endsWith(target);
  });
}

function hasRequiredDiagnosis(offer: RoutingOffer, diagnoses: string[]): boolean {
  const written = diagnoses.filter((diagnosis) => normaliseDiagnosis(diagnosis) !== "");
  const required = offer.requiredDiagnoses.filter((diagnosis) => normaliseDiagnosis(diagnosis) !== "");
  // An offer that requires "a diagnosis" without naming any is satisfied by any diagnosis the referrer gives.
  if (required.length === 0) return written.length > 0;
  return written.some((diagnosis) => required.some((needed) => diagnosisMatches(diagnosis, needed)));
}

function isAgeOutsideRange(offer: RoutingOffer, age: number | null): boolean {
  if (age === null) return false;
  return (offer.minAge !== null && age < offer.minAge) || (offer.maxAge !== null && age > offer.maxAge);
}

// One unit must have offers for every ticked need; otherwise triage puts the course together.
function needsSpanUnits(needs: RoutingInput["needs"]): boolean {
  const [first, ...rest] = needs;
  if (!first || rest.length === 0) return false;
  return !first.unitIds.some((unitId) => rest.every((need) => need.unitIds.includes(unitId)));
}

export function routeReferral(input: RoutingInput): RoutingDecision {
  const { offer } = input;
  const applies = new Set<RoutingReason>();
  if (!offer) applies.add("NO_OFFER_CHOSEN");
  if (offer && (!offer.isActive || !offer.takesReferrals)) applies.add("OFFER_NOT_AVAILABLE");
  if (offer?.diagnosisRequired && !hasRequiredDiagnosis(offer, input.diagnoses)) applies.add("DIAGNOSIS_MISSING");
  if (offer && isAgeOutsideRange(offer, input.citizenAge)) applies.add("AGE_OUTSIDE_RANGE");
  // A barrier the offer cannot meet (only groups for a citizen who cannot join one…): triage finds what can.
  if (offer) for (const barrier of unmetBarriers(offer, input)) applies.add(barrierReason(barrier));
  if (needsSpanUnits(input.needs)) applies.add("NEEDS_SPAN_UNITS");
  if (input.multiMorbidity) applies.add("MULTIMORBIDITY");
  if (input.socialNeeds) applies.add("SOCIAL_NEEDS");
  if (input.possibleExclusion) applies.add("POSSIBLE_EXCLUSION");
  if (input.eligibilityUnclear) applies.add("ELIGIBILITY_UNCLEAR");

  if (offer && applies.size === 0) {
    return { destination: "UNIT", unitId: offer.unitId, offerId: offer.id, reasons: ["OFFER_FITS"] };
  }
  return { destination: "TRIAGE", reasons: ROUTING_REASONS.filter((reason) => applies.has(reason)) };
}
