import { describe, expect, it } from "vitest";
import { normaliseCpr, parseCpr } from "@/lib/citizens/cpr";
import { isPseudonym, newPseudonym, PSEUDONYM_PREFIX, retentionCutoff, shownCitizen } from "./pseudonym";

describe("pseudonyms", () => {
  it("are unique and can never be read as a CPR number", () => {
    const pseudonyms = Array.from({ length: 1000 }, newPseudonym);
    expect(new Set(pseudonyms).size).toBe(1000);
    for (const pseudonym of pseudonyms.slice(0, 50)) {
      expect(pseudonym.startsWith(PSEUDONYM_PREFIX)).toBe(true);
      expect(isPseudonym(pseudonym)).toBe(true);
      expect(normaliseCpr(pseudonym)).toBeNull();
      expect(parseCpr(pseudonym).ok).toBe(false);
    }
    expect(isPseudonym("0707614285")).toBe(false);
  });
});

describe("retentionCutoff", () => {
  it("is the retention period before now", () => {
    const now = new Date("2027-06-01T12:00:00Z");
    expect(retentionCutoff(now, 730)).toEqual(new Date("2025-06-01T12:00:00Z"));
    expect(retentionCutoff(now, 183).getTime()).toBe(now.getTime() - 183 * 24 * 3600 * 1000);
  });
});

describe("shownCitizen", () => {
  const referral = { citizenName: "Bent Jensen", pseudonymisedAt: null, citizen: { cpr: "0707614285" } };

  it("shows the name given on the referral and the CPR number masked in lists and in full on a case page", () => {
    expect(shownCitizen(referral, "masked", "Pseudonymiseret")).toEqual({ pseudonymised: false, name: "Bent Jensen", cpr: "070761-XXXX" });
    expect(shownCitizen(referral, "full", "Pseudonymiseret")).toEqual({ pseudonymised: false, name: "Bent Jensen", cpr: "070761-4285" });
  });

  it("shows only the page's word for a pseudonymised citizen, never the pseudonym", () => {
    const pseudonymised = { citizenName: "Pseudonymiseret borger", pseudonymisedAt: new Date(), citizen: { cpr: newPseudonym() } };
    for (const show of ["masked", "full"] as const) {
      expect(shownCitizen(pseudonymised, show, "Pseudonymised")).toEqual({ pseudonymised: true, name: "Pseudonymised", cpr: "Pseudonymised" });
    }
  });

  it("shows neither name nor CPR number of a pseudonymised referral while another referral keeps the citizen's identity", () => {
    const pseudonymised = { ...referral, citizenName: "Pseudonymiseret borger", pseudonymisedAt: new Date() };
    expect(shownCitizen(pseudonymised, "full", "Pseudonymised")).toEqual({ pseudonymised: true, name: "Pseudonymised", cpr: "Pseudonymised" });
  });
});
