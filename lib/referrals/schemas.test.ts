import { describe, expect, it } from "vitest";
import { citizenStep, needsStep, referralSchema } from "./schemas";

const valid = {
  idempotencyKey: "8b0f8c34-9d5e-4a4c-9c62-1f8f2b1c8d11",
  cpr: "070761-4285",
  citizenName: "Bent Jensen",
  phone: "+45 20 11 22 33",
  needSlugs: ["aandenoed"],
  consent: "on",
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("referral form schema", () => {
  it("accepts a minimal referral and normalises it", () => {
    const parsed = referralSchema.parse(valid);
    expect(parsed).toMatchObject({ cpr: "070761-4285", phone: "20112233", needSlugs: ["aandenoed"], consent: true, language: "da", livesAlone: null, diagnoses: [] });
  });

  it("says what is wrong with a CPR number, at the field", () => {
    expect(messages(citizenStep.safeParse({ cpr: "07076-14285", citizenName: "A B" }))).toEqual({ cpr: "Skriv CPR-nummeret som 10 cifre, fx 070761-4285." });
    expect(messages(citizenStep.safeParse({ cpr: "310461-4285", citizenName: "A B" })).cpr).toMatch(/rigtig dato/);
    // Modulus 11 is not a rule: 070761-4286 fails it but is a valid number.
    expect(citizenStep.safeParse({ cpr: "070761-4286", citizenName: "A B" }).success).toBe(true);
  });

  it("needs a need: ticked or in the referrer's own words", () => {
    expect(messages(needsStep.safeParse({})).needSlugs).toMatch(/mindst ét behov/);
    expect(needsStep.safeParse({ needsText: "Sover dårligt" }).success).toBe(true);
  });

  it("reads diagnoses one per line or comma-separated", () => {
    expect(needsStep.parse({ needsText: "x", diagnoses: "KOL\nType 2-diabetes, artrose" }).diagnoses).toEqual(["KOL", "Type 2-diabetes", "artrose"]);
  });

  it("refuses to send without consent", () => {
    expect(messages(referralSchema.safeParse({ ...valid, consent: undefined })).consent).toMatch(/sagt ja/);
  });

  it("refuses a phone number that is not 8 digits", () => {
    expect(messages(referralSchema.safeParse({ ...valid, phone: "1234" })).phone).toMatch(/8 cifre/);
  });
});
