import type { z } from "zod";
import { inDanish } from "@/tests/support/translate";
import { describe, expect, it } from "vitest";
import { BAD_CHARACTERS, badTextCases, expectRefusedAt } from "@/tests/support/bad-text";
import { CPR_MESSAGES, citizenStep, MAX_NEEDS, needsStep, referralSchema } from "./schemas";

const valid = {
  idempotencyKey: "8b0f8c34-9d5e-4a4c-9c62-1f8f2b1c8d11",
  cpr: "070761-4285",
  citizenName: "Bent Jensen",
  phone: "+45 20 11 22 33",
  needSlugs: ["aandenoed"],
  consent: "on",
};

const messages = (result: { success: boolean; error?: z.ZodError }) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), inDanish(issue)]));

describe("referral form schema", () => {
  it("accepts a minimal referral and normalises it", () => {
    const parsed = referralSchema.parse(valid);
    expect(parsed).toMatchObject({ cpr: { cpr: "0707614285", birthDate: new Date(Date.UTC(1961, 6, 7)), sex: "MALE" }, phone: "20112233", needSlugs: ["aandenoed"], consent: true, language: "da", livesAlone: null, diagnoses: [] });
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

describe("size limits", () => {
  const long = (length: number) => "x".repeat(length);
  // field, a value just over its limit, the Danish message said at the field
  const cases: [string, string | string[], string][] = [
    ["cpr", "0707614285 0707614285", inDanish(CPR_MESSAGES.format)],
    ["citizenName", long(121), "Navnet må højst være 120 tegn."],
    ["phone", "2".repeat(21), "Skriv et dansk telefonnummer med 8 cifre."],
    ["bestTimeToCall", long(101), "Skriv højst 100 tegn om, hvornår borgeren bedst kan ringes op."],
    ["needsText", long(2001), "Beskriv behovet med højst 2000 tegn."],
    ["diagnoses", long(101), "Skriv højst 10 diagnoser, én pr. linje, hver på højst 100 tegn."],
    ["diagnoses", Array.from({ length: 11 }, (_, index) => `D${index}`).join("\n"), "Skriv højst 10 diagnoser, én pr. linje, hver på højst 100 tegn."],
    ["diagnoses", long(5000), "Skriv højst 10 diagnoser, én pr. linje, hver på højst 100 tegn."],
    ["needSlugs", Array.from({ length: MAX_NEEDS + 1 }, (_, index) => `behov-${index}`), `Vælg højst ${MAX_NEEDS} behov.`],
    ["chronicConditionCount", "100", "Skriv et helt tal mellem 0 og 20."],
    ["socialSituation", long(1001), "Skriv højst 1000 tegn om borgerens situation."],
    ["offerSlug", long(121), "Vælg et tilbud."],
    ["unitInformation", long(3001), "Skriv højst 3000 tegn til enheden."],
    ["messageToReceiver", long(2001), "Skriv højst 2000 tegn i beskeden."],
    ["responsibleGpId", long(65), "Vælg den ansvarlige læge."],
    ["duplicateReason", long(501), "Skriv højst 500 tegn."],
    ["multiMorbidity", long(11), "Feltet har en ugyldig værdi. Genindlæs siden."],
  ];

  it.each(cases)("refuses a too long %s with one Danish message at the field", (field, value, message) => {
    const result = referralSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), inDanish(issue)])).toEqual([[field, message]]);
  });

  it("accepts every field at its limit", () => {
    const atLimit = {
      ...valid,
      citizenName: long(120),
      bestTimeToCall: long(100),
      needsText: long(2000),
      diagnoses: Array.from({ length: 10 }, () => long(100)).join("\n"),
      needSlugs: Array.from({ length: MAX_NEEDS }, (_, index) => `behov-${index}`),
      chronicConditionCount: "20",
      socialSituation: long(1000),
      unitInformation: long(3000),
      messageToReceiver: long(2000),
      duplicateReason: long(500),
    };
    expect(referralSchema.safeParse(atLimit).success).toBe(true);
  });
});

describe("characters no field takes (lib/validation/text.ts)", () => {
  const filled = {
    ...valid,
    citizenName: "Bent Jensen",
    bestTimeToCall: "Formiddag",
    language: "ar",
    chronicConditionCount: "2",
    needsText: "Sover dårligt",
    diagnoses: "KOL",
    socialSituation: "Bor alene",
    offerSlug: "kol-rehabilitering",
    unitInformation: "Bruger rollator",
    messageToReceiver: "Ring gerne",
    responsibleGpId: "gp-1",
    duplicateReason: "Ny episode",
    needsInterpreter: "on",
    multiMorbidity: "on",
    socialNeeds: "on",
    possibleExclusion: "on",
    eligibilityUnclear: "on",
  };
  const { idempotencyKey: _key, needSlugs: _needs, ...textFields } = filled;

  it.each(badTextCases(textFields))("refuses %s with %s, with the Danish message at the field", (field, _name, value) => {
    expectRefusedAt(referralSchema, { ...filled, [field]: value }, field);
  });

  it.each(BAD_CHARACTERS)("refuses a need slug with %s at needSlugs", (_name, character) => {
    expectRefusedAt(referralSchema, { ...filled, needSlugs: ["aandenoed", `kol${character}`] }, "needSlugs");
  });

  it("keeps line breaks and tabs in the texts written in text areas, not in one-line fields", () => {
    const multiLine = { needsText: "Sover\r\ndårligt\tom natten", socialSituation: "a\nb", unitInformation: "a\nb", messageToReceiver: "a\nb", duplicateReason: "a\nb", diagnoses: "KOL\r\nastma" };
    expect(referralSchema.safeParse({ ...filled, ...multiLine }).success).toBe(true);
    for (const field of ["citizenName", "bestTimeToCall", "offerSlug", "responsibleGpId"]) expectRefusedAt(referralSchema, { ...filled, [field]: "a\nb" }, field);
  });
});

describe("loose values refused", () => {
  it("refuses a CPR number born in the future, at the field", () => {
    // 7th digit 4 and yy ≤ 36 is the 2000s: 311235-4xxx would be born on 31 December 2035.
    expect(messages(citizenStep.safeParse({ cpr: "311235-4285", citizenName: "A B" }))).toEqual({ cpr: inDanish(CPR_MESSAGES.future) });
    expect(inDanish(CPR_MESSAGES.future)).toMatch(/^Fødselsdatoen ligger i fremtiden/);
    expect(citizenStep.safeParse({ cpr: "311235-1285", citizenName: "A B" }).success).toBe(true); // 1935
  });

  it.each([
    ["zero-width spaces", "\u200b\u200b\u200b"],
    ["zero-width joiners and BOMs", "\u200d\ufeff\u2060"],
    ["punctuation", "-- .."],
    ["digits", "123"],
  ])("refuses a name of only %s", (_case, citizenName) => {
    expect(messages(citizenStep.safeParse({ cpr: "070761-4285", citizenName }))).toEqual({ citizenName: "Navnet skal indeholde bogstaver." });
  });

  it("accepts names in any script", () => {
    for (const citizenName of ["Åse Ø", "محمد علي", "Nguyễn Văn Anh", "O'Brien-Ærø"]) expect(citizenStep.safeParse({ cpr: "070761-4285", citizenName }).success).toBe(true);
  });

  it.each(["zz", "xx", "iw", "DA", "dansk", ""])("refuses the language code %j", (language) => {
    expect(messages(citizenStep.safeParse({ cpr: "070761-4285", citizenName: "A B", language }))).toEqual({ language: "Vælg et sprog på listen." });
  });

  it("accepts any ISO 639-1 language, not only those the form offers first", () => {
    expect(citizenStep.parse({ cpr: "070761-4285", citizenName: "A B", language: "sw" }).language).toBe("sw");
  });
});
