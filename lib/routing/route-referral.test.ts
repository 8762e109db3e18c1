import { describe, expect, it } from "vitest";
import {
  normaliseDiagnosis,
  ROUTING_REASONS,
  routeReferral,
  type RoutingInput,
  type RoutingOffer,
  type RoutingReason,
} from "./route-referral";

const kolOffer: RoutingOffer = {
  id: "offer-kol",
  unitId: "unit-lunger",
  diagnosisRequired: true,
  requiredDiagnoses: ["KOL"],
  minAge: 18,
  maxAge: null,
  exclusionCriteria: ["Behandlingskrævende psykisk sygdom"],
  isActive: true,
  takesReferrals: true,
  formats: ["GROUP"],
  hasEveningTimes: false,
  languages: ["da"],
  interpreterAvailable: true,
  transportHelp: false,
  homeVisits: false,
};

// A referral that fits the KOL offer in every way; each test changes only what it is about.
function referral(overrides: Partial<RoutingInput> = {}, offer: Partial<RoutingOffer> = {}): RoutingInput {
  return {
    offer: { ...kolOffer, ...offer },
    citizenAge: 64,
    diagnoses: ["KOL"],
    needs: [],
    multiMorbidity: false,
    socialNeeds: false,
    possibleExclusion: false,
    eligibilityUnclear: false,
    barriers: [],
    language: "da",
    needsInterpreter: false,
    ...overrides,
  };
}

function reasonsOf(input: RoutingInput): RoutingReason[] {
  return routeReferral(input).reasons;
}

describe("routeReferral: straight to the unit", () => {
  it("sends the referral to the offer's unit when the citizen fits the chosen offer", () => {
    expect(routeReferral(referral())).toEqual({
      destination: "UNIT",
      unitId: "unit-lunger",
      offerId: "offer-kol",
      reasons: ["OFFER_FITS"],
    });
  });

  it("does not look at diagnoses when the offer requires none", () => {
    const decision = routeReferral(referral({ diagnoses: [] }, { diagnosisRequired: false, requiredDiagnoses: [] }));
    expect(decision).toMatchObject({ destination: "UNIT", reasons: ["OFFER_FITS"] });
  });

  it("does not treat an unknown age as a reason", () => {
    expect(routeReferral(referral({ citizenAge: null }, { minAge: 45, maxAge: 65 })).destination).toBe("UNIT");
  });

  it("goes to the unit when all ticked needs are covered by one unit", () => {
    const needs = [
      { slug: "aandenoed", unitIds: ["unit-lunger", "unit-genoptraening"] },
      { slug: "rygestop", unitIds: ["unit-lunger"] },
    ];
    expect(routeReferral(referral({ needs })).destination).toBe("UNIT");
  });
});

describe("routeReferral: one rule at a time", () => {
  it.each<[RoutingReason, RoutingInput]>([
    ["NO_OFFER_CHOSEN", referral({ offer: null })],
    ["OFFER_NOT_AVAILABLE", referral({}, { isActive: false })],
    ["OFFER_NOT_AVAILABLE", referral({}, { takesReferrals: false })],
    ["DIAGNOSIS_MISSING", referral({ diagnoses: [] })],
    ["DIAGNOSIS_MISSING", referral({ diagnoses: ["Astma"] })],
    ["AGE_OUTSIDE_RANGE", referral({ citizenAge: 17 })],
    ["AGE_OUTSIDE_RANGE", referral({ citizenAge: 70 }, { maxAge: 65 })],
    ["NEEDS_SPAN_UNITS", referral({ needs: [{ slug: "aandenoed", unitIds: ["unit-lunger"] }, { slug: "stress", unitIds: ["unit-mental"] }] })],
    ["MULTIMORBIDITY", referral({ multiMorbidity: true })],
    ["SOCIAL_NEEDS", referral({ socialNeeds: true })],
    ["POSSIBLE_EXCLUSION", referral({ possibleExclusion: true })],
    ["ELIGIBILITY_UNCLEAR", referral({ eligibilityUnclear: true })],
    ["BARRIER_NO_GROUPS", referral({ barriers: ["NO_GROUPS"] })],
    ["BARRIER_NEEDS_TRANSPORT", referral({ barriers: ["NEEDS_TRANSPORT"] })],
    ["BARRIER_HOME_OR_SCREEN_ONLY", referral({ barriers: ["HOME_OR_SCREEN_ONLY"] })],
    ["BARRIER_AFTER_16_ONLY", referral({ barriers: ["AFTER_16_ONLY"] })],
    ["BARRIER_INTERPRETER", referral({ needsInterpreter: true, language: "ar" }, { interpreterAvailable: false })],
  ])("%s sends the referral to central triage", (reason, input) => {
    expect(routeReferral(input)).toEqual({ destination: "TRIAGE", reasons: [reason] });
  });
});

describe("routeReferral: combinations", () => {
  it("gives only MULTIMORBIDITY when the offer otherwise fits", () => {
    expect(routeReferral(referral({ multiMorbidity: true }))).toEqual({ destination: "TRIAGE", reasons: ["MULTIMORBIDITY"] });
  });

  it("gives both reasons, in order, for no offer and social needs", () => {
    expect(reasonsOf(referral({ offer: null, socialNeeds: true }))).toEqual(["NO_OFFER_CHOSEN", "SOCIAL_NEEDS"]);
  });

  it("does not check diagnosis, age or availability when no offer is chosen", () => {
    expect(reasonsOf(referral({ offer: null, diagnoses: [], citizenAge: 3 }))).toEqual(["NO_OFFER_CHOSEN"]);
  });

  it("keeps the referrer's flags without an offer, so triage sees them", () => {
    expect(reasonsOf(referral({ offer: null, possibleExclusion: true, eligibilityUnclear: true }))).toEqual([
      "NO_OFFER_CHOSEN",
      "POSSIBLE_EXCLUSION",
      "ELIGIBILITY_UNCLEAR",
    ]);
  });

  it("lists every reason that applies, in the order of ROUTING_REASONS", () => {
    const input = referral(
      {
        citizenAge: 12,
        diagnoses: ["Astma"],
        needs: [{ slug: "aandenoed", unitIds: ["unit-lunger"] }, { slug: "job", unitIds: [] }],
        multiMorbidity: true,
        socialNeeds: true,
        possibleExclusion: true,
        eligibilityUnclear: true,
        barriers: ["NO_GROUPS", "NEEDS_TRANSPORT", "HOME_OR_SCREEN_ONLY", "AFTER_16_ONLY", "OTHER"],
        needsInterpreter: true,
        language: "ar",
      },
      { isActive: false, interpreterAvailable: false },
    );
    expect(reasonsOf(input)).toEqual(ROUTING_REASONS.filter((reason) => reason !== "OFFER_FITS" && reason !== "NO_OFFER_CHOSEN"));
  });

  it("tells the GP about a paused offer even when other things are wrong too", () => {
    expect(reasonsOf(referral({ diagnoses: [] }, { takesReferrals: false }))).toEqual(["DIAGNOSIS_MISSING", "OFFER_NOT_AVAILABLE"]);
  });

  it.each<Partial<RoutingInput>>([
    { offer: null },
    { multiMorbidity: true, socialNeeds: true },
    { eligibilityUnclear: true, possibleExclusion: true, citizenAge: 5 },
  ])("never gives OFFER_FITS, duplicates or an empty list on the way to triage (%#)", (overrides) => {
    const decision = routeReferral(referral(overrides));
    expect(decision.destination).toBe("TRIAGE");
    expect(decision.reasons.length).toBeGreaterThan(0);
    expect(decision.reasons).not.toContain("OFFER_FITS");
    expect(new Set(decision.reasons).size).toBe(decision.reasons.length);
  });
});

describe("routeReferral: barriers", () => {
  it.each<[string, Partial<RoutingInput>, Partial<RoutingOffer>]>([
    ["one-to-one beside the groups, for a citizen who cannot join a group", { barriers: ["NO_GROUPS"] }, { formats: ["GROUP", "INDIVIDUAL"] }],
    ["home visits, for a citizen who cannot join a group", { barriers: ["NO_GROUPS"] }, { homeVisits: true }],
    ["help with transport", { barriers: ["NEEDS_TRANSPORT"] }, { transportHelp: true }],
    ["on screen, for a citizen who needs transport", { barriers: ["NEEDS_TRANSPORT"] }, { formats: ["ONLINE"] }],
    ["on screen, for a citizen who only takes part at home or on screen", { barriers: ["HOME_OR_SCREEN_ONLY"] }, { formats: ["GROUP", "ONLINE"] }],
    ["evening times", { barriers: ["AFTER_16_ONLY"] }, { hasEveningTimes: true }],
    ["an interpreter", { needsInterpreter: true, language: "ar" }, { interpreterAvailable: true }],
    ["the citizen's own language", { needsInterpreter: true, language: "ar" }, { interpreterAvailable: false, languages: ["da", "ar"] }],
    ["anything at all, for a barrier said only in words", { barriers: ["OTHER"] }, {}],
  ])("goes to the unit when the offer meets the barrier: %s", (_case, input, offer) => {
    expect(routeReferral(referral(input, offer)).destination).toBe("UNIT");
  });

  it("gives a reason for each barrier the offer cannot meet, and none for those it can", () => {
    const input = referral({ barriers: ["NO_GROUPS", "AFTER_16_ONLY", "NEEDS_TRANSPORT"] }, { hasEveningTimes: true });
    expect(reasonsOf(input)).toEqual(["BARRIER_NO_GROUPS", "BARRIER_NEEDS_TRANSPORT"]);
  });

  it("does not check barriers when no offer is chosen: triage reads them", () => {
    expect(reasonsOf(referral({ offer: null, barriers: ["NO_GROUPS"] }))).toEqual(["NO_OFFER_CHOSEN"]);
  });
});

describe("routeReferral: diagnosis matching", () => {
  it.each([
    ["kol", "KOL"],
    ["KOL", "kol"],
    [" KOL. ", "KOL"],
    ["KOL grad 2", "KOL"],
    ["Svær KOL (GOLD D)", "KOL"],
    ["KOL-patient", "KOL"],
    ["kol2", "KOL"],
    ["type 2 diabetes", "Type 2-diabetes"],
    ["Type2-diabetes", "Type 2-diabetes"],
    ["type-2 diabetes", "Type 2 diabetes"],
    ["TYPE 2 DIABETES, NYOPDAGET", "Type 2-diabetes"],
    ["Brystkræft", "Kræft"],
    ["Kræft i tyktarmen", "Kræft"],
    ["iskæmisk hjertesygdom", "Iskæmisk hjertesygdom"],
    ["Moderat depression", "Moderat depression"],
  ])("%j matches %j", (written, required) => {
    const input = referral({ diagnoses: [written] }, { requiredDiagnoses: [required] });
    expect(routeReferral(input).destination).toBe("UNIT");
  });

  it.each([
    ["Astma", "KOL"],
    ["Forhøjet kolesterol", "KOL"],
    ["Skoliose", "KOL"],
    ["Kolik", "KOL"],
    ["Type 1-diabetes", "Type 2-diabetes"],
    ["Diabetes", "Type 2-diabetes"],
    ["Let depression", "Moderat depression"],
    ["", "KOL"],
    [" - ", "KOL"],
  ])("%j does not match %j", (written, required) => {
    const input = referral({ diagnoses: [written] }, { requiredDiagnoses: [required] });
    expect(reasonsOf(input)).toEqual(["DIAGNOSIS_MISSING"]);
  });

  it("accepts a match among several written and several required diagnoses", () => {
    const input = referral(
      { diagnoses: ["Hypertension", "Anden kronisk lungesygdom"] },
      { requiredDiagnoses: ["KOL", "Astma", "Anden kronisk lungesygdom"] },
    );
    expect(routeReferral(input).destination).toBe("UNIT");
  });

  it("accepts any written diagnosis when the offer requires one without naming it", () => {
    expect(routeReferral(referral({ diagnoses: ["Artrose"] }, { requiredDiagnoses: [] })).destination).toBe("UNIT");
    expect(reasonsOf(referral({ diagnoses: ["  "] }, { requiredDiagnoses: [" "] }))).toEqual(["DIAGNOSIS_MISSING"]);
  });
});

describe("normaliseDiagnosis", () => {
  it.each([
    ["KOL", "kol"],
    ["Type 2-diabetes", "type2diabetes"],
    ["type 2 diabetes", "type2diabetes"],
    ["  Iskæmisk  hjertesygdom. ", "iskæmiskhjertesygdom"],
    ["Kræft (bryst)", "kræftbryst"],
    ["Ångest", "ångest"],
    ["A\u030Angest", "ångest"], // å written as a + combining ring
    ["—", ""],
  ])("%j → %j", (input, expected) => {
    expect(normaliseDiagnosis(input)).toBe(expected);
  });
});

describe("routeReferral: age bounds are inclusive", () => {
  it.each<[number, number | null, number | null, boolean]>([
    [45, 45, 65, true],
    [65, 45, 65, true],
    [44, 45, 65, false],
    [66, 45, 65, false],
    [18, 18, null, true],
    [17, 18, null, false],
    [99, 18, null, true],
    [0, null, 16, true],
    [17, null, 16, false],
    [120, null, null, true],
  ])("age %i with bounds %s–%s fits: %s", (age, minAge, maxAge, fits) => {
    const input = referral({ citizenAge: age }, { minAge, maxAge });
    expect(reasonsOf(input)).toEqual(fits ? ["OFFER_FITS"] : ["AGE_OUTSIDE_RANGE"]);
  });
});

describe("routeReferral: needs spanning units", () => {
  it.each<{ case: string; needs: RoutingInput["needs"]; spans: boolean }>([
    { case: "no needs", needs: [], spans: false },
    { case: "one need with one unit", needs: [{ slug: "a", unitIds: ["u1"] }], spans: false },
    { case: "one need with several units", needs: [{ slug: "a", unitIds: ["u1", "u2"] }], spans: false },
    { case: "one need that no unit covers", needs: [{ slug: "a", unitIds: [] }], spans: false },
    { case: "two needs, same unit", needs: [{ slug: "a", unitIds: ["u1"] }, { slug: "b", unitIds: ["u1"] }], spans: false },
    {
      case: "two needs sharing one of several units",
      needs: [{ slug: "a", unitIds: ["u1", "u2"] }, { slug: "b", unitIds: ["u3", "u2"] }],
      spans: false,
    },
    {
      case: "three needs with one unit in all",
      needs: [{ slug: "a", unitIds: ["u1", "u2"] }, { slug: "b", unitIds: ["u2"] }, { slug: "c", unitIds: ["u2", "u3"] }],
      spans: false,
    },
    { case: "two needs, different units", needs: [{ slug: "a", unitIds: ["u1"] }, { slug: "b", unitIds: ["u2"] }], spans: true },
    {
      case: "three needs, every pair shares a unit but no unit is in all",
      needs: [{ slug: "a", unitIds: ["u1", "u2"] }, { slug: "b", unitIds: ["u2", "u3"] }, { slug: "c", unitIds: ["u3", "u1"] }],
      spans: true,
    },
    { case: "two needs, one without units", needs: [{ slug: "a", unitIds: ["u1"] }, { slug: "b", unitIds: [] }], spans: true },
    { case: "two needs, the first without units", needs: [{ slug: "a", unitIds: [] }, { slug: "b", unitIds: ["u1"] }], spans: true },
    { case: "two needs, neither with units", needs: [{ slug: "a", unitIds: [] }, { slug: "b", unitIds: [] }], spans: true },
  ])("$case → spans: $spans", ({ needs, spans }) => {
    expect(reasonsOf(referral({ needs }))).toEqual(spans ? ["NEEDS_SPAN_UNITS"] : ["OFFER_FITS"]);
  });
});

describe("ROUTING_REASONS", () => {
  it("lists each reason once, with OFFER_FITS first", () => {
    expect(ROUTING_REASONS[0]).toBe("OFFER_FITS");
    expect(new Set(ROUTING_REASONS).size).toBe(ROUTING_REASONS.length);
    expect(ROUTING_REASONS).toHaveLength(15);
  });
});
