import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { inDanish } from "@/tests/support/translate";
import { expectRefusedAt, itRefusesBadText } from "@/tests/support/bad-text";
import { ALTERNATIVE_REQUIRED, caseRefSchema, declineSchema, forwardSchema } from "@/lib/referrals/schemas";
import { parseQueueSearch, priorityChangeSchema, queueQueryString, requestInformationSchema } from "./schemas";

/** The case page's hidden fields, as posted. */
const ref = { referralId: "ref-1", expectedVersion: "3" };

/** Each field's message, in Danish as the user reads it. */
const errorsOf = (schema: z.ZodType, input: Record<string, unknown>) => {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), inDanish(issue)]));
};

describe("declineSchema", () => {
  it("refuses a decline without an alternative, with a Danish message at the alternative", () => {
    expect(errorsOf(declineSchema, { ...ref, reasonCode: "NEEDS_OTHER_HELP", alternativeOfferId: "", alternativeText: "  " })).toEqual({
      alternative: inDanish(ALTERNATIVE_REQUIRED),
    });
    expect(inDanish(ALTERNATIVE_REQUIRED)).toBe("Giv et andet forslag: vælg et tilbud eller skriv et råd til henviseren");
  });

  it("accepts another offer as the alternative", () => {
    expect(declineSchema.parse({ ...ref, reasonCode: "NOT_IN_TARGET_GROUP", alternativeOfferId: "offer-9", alternativeText: "" })).toEqual({
      referralId: "ref-1",
      expectedVersion: 3,
      reasonCode: "NOT_IN_TARGET_GROUP",
      reasonText: undefined,
      alternativeOfferId: "offer-9",
      alternativeText: undefined,
    });
  });

  it("accepts advice in words of at least 10 characters, and says so at the field when it is shorter", () => {
    const advice = "Ring til Patientnetværket – de har en gruppe for pårørende.";
    expect(declineSchema.parse({ ...ref, reasonCode: "CITIZEN_TOO_ILL", alternativeText: `  ${advice} ` }).alternativeText).toBe(advice);
    expect(errorsOf(declineSchema, { ...ref, reasonCode: "CITIZEN_TOO_ILL", alternativeText: "Ring" })).toEqual({
      alternativeText: "Skriv rådet til henviseren med mindst 10 tegn",
    });
  });

  it("needs a reason code, and words when the reason is OTHER", () => {
    expect(errorsOf(declineSchema, { ...ref, alternativeOfferId: "offer-9" })).toEqual({ reasonCode: "Vælg, hvorfor henvisningen ikke kan bruges" });
    expect(errorsOf(declineSchema, { ...ref, reasonCode: "MAYBE", alternativeOfferId: "offer-9" })).toEqual({ reasonCode: "Vælg, hvorfor henvisningen ikke kan bruges" });
    expect(errorsOf(declineSchema, { ...ref, reasonCode: "OTHER", alternativeOfferId: "offer-9" })).toEqual({
      reasonText: "Skriv begrundelsen, når du vælger »Anden grund«",
    });
    expect(declineSchema.parse({ ...ref, reasonCode: "OTHER", reasonText: "Borgeren er flyttet til Aarhus", alternativeOfferId: "offer-9" }).reasonText).toBe(
      "Borgeren er flyttet til Aarhus",
    );
  });

  it("says every missing piece at once", () => {
    expect(errorsOf(declineSchema, { ...ref, reasonCode: "OTHER" })).toEqual({
      reasonText: "Skriv begrundelsen, når du vælger »Anden grund«",
      alternative: inDanish(ALTERNATIVE_REQUIRED),
    });
    expect(errorsOf(declineSchema, { ...ref, alternativeText: "" })).toEqual({
      reasonCode: "Vælg, hvorfor henvisningen ikke kan bruges",
      alternative: inDanish(ALTERNATIVE_REQUIRED),
    });
  });

  it("refuses a page without its version", () => {
    expect(errorsOf(declineSchema, { referralId: "ref-1", expectedVersion: "x", reasonCode: "OTHER", reasonText: "Grund", alternativeOfferId: "o" })).toEqual({
      expectedVersion: "Genindlæs siden",
    });
  });
});

describe("forwardSchema", () => {
  it("puts the first offer first, then the others", () => {
    expect(forwardSchema.parse({ ...ref, offerId: "a", alsoOfferIds: ["", "b", "c"], note: "" })).toEqual({
      referralId: "ref-1",
      expectedVersion: 3,
      to: { offerIds: ["a", "b", "c"] },
      note: undefined,
    });
    expect(forwardSchema.parse({ ...ref, offerId: "a", alsoOfferIds: "" }).to).toEqual({ offerIds: ["a"] });
  });

  it("needs a first offer and refuses the same offer twice", () => {
    expect(errorsOf(forwardSchema, { ...ref, offerId: "", alsoOfferIds: "b" })).toEqual({ offerId: "Vælg det tilbud, henvisningen skal sendes til" });
    expect(errorsOf(forwardSchema, { ...ref, offerId: "a", alsoOfferIds: ["b", "a"] })).toEqual({ alsoOfferIds: "Du har valgt det samme tilbud mere end én gang" });
  });
});

describe("the other decisions", () => {
  it("ask the referrer a question of 5 to 1000 characters", () => {
    expect(requestInformationSchema.parse({ ...ref, question: " Hvilken medicin får borgeren? " }).question).toBe("Hvilken medicin får borgeren?");
    expect(errorsOf(requestInformationSchema, { ...ref, question: "Hvad" })).toEqual({ question: "Skriv dit spørgsmål til henviseren med mindst 5 tegn" });
    expect(errorsOf(requestInformationSchema, { ...ref, question: "x".repeat(1001) })).toEqual({ question: "Spørgsmålet må højst være 1000 tegn" });
  });

  it("change the priority with a reason", () => {
    expect(priorityChangeSchema.parse({ ...ref, priority: "HIGH", reason: "Borgeren er ved at miste boligen" })).toMatchObject({ priority: "HIGH" });
    expect(priorityChangeSchema.parse({ ...ref, priority: "HIGH", reason: " Borgeren er ved at miste boligen  " }).reason).toBe("Borgeren er ved at miste boligen");
    expect(errorsOf(priorityChangeSchema, { ...ref, priority: "HIGH", reason: "  Ja   " })).toEqual({ reason: "Skriv med mindst 5 tegn, hvorfor prioriteten ændres" });
    expect(errorsOf(priorityChangeSchema, { ...ref, priority: "URGENT", reason: "" })).toEqual({
      priority: "Vælg en prioritet",
      reason: "Skriv med mindst 5 tegn, hvorfor prioriteten ændres",
    });
  });
});

describe("the queue's URL", () => {
  it("reads the view and filters, ignoring unknown values", () => {
    expect(parseQueueSearch({})).toEqual({ view: "unassigned", need: undefined, district: undefined, priority: undefined });
    expect(parseQueueSearch({ view: "mine", need: "MIND", district: ["VALBY", "OESTERBRO"], priority: "HIGH" })).toEqual({
      view: "mine",
      need: "MIND",
      district: "VALBY",
      priority: "HIGH",
    });
    expect(parseQueueSearch({ view: "all", need: "FEET", priority: "" })).toEqual({ view: "unassigned", need: undefined, district: undefined, priority: undefined });
  });

  it("writes it back, leaving out defaults", () => {
    expect(queueQueryString(parseQueueSearch({}))).toBe("");
    expect(queueQueryString(parseQueueSearch({ view: "mine", district: "VALBY" }))).toBe("?view=mine&district=VALBY");
  });
});

describe("size limits", () => {
  const long = (length: number) => "x".repeat(length);
  const decline = { ...ref, reasonCode: "OTHER", reasonText: "Ikke i målgruppen", alternativeText: "Ring til Ældre Sagen" };
  // schema, a valid input, the field, a value over its limit, the Danish message said at the field
  const cases: [string, z.ZodType, Record<string, unknown>, string, unknown, string][] = [
    ["case", caseRefSchema, ref, "referralId", long(65), "Genindlæs siden"],
    ["case", caseRefSchema, ref, "expectedVersion", "1000001", "Genindlæs siden"],
    ["forward", forwardSchema, { ...ref, offerId: "offer-1" }, "offerId", long(65), "Genindlæs siden"],
    ["forward", forwardSchema, { ...ref, offerId: "offer-1" }, "alsoOfferIds", Array.from({ length: 21 }, (_, index) => `offer-${index + 2}`), "Vælg højst 4 tilbud mere"],
    ["forward", forwardSchema, { ...ref, offerId: "offer-1" }, "note", long(1001), "Beskeden til enheden må højst være 1000 tegn"],
    ["question", requestInformationSchema, { ...ref, question: "Hvilken medicin får borgeren?" }, "question", long(1001), "Spørgsmålet må højst være 1000 tegn"],
    ["priority", priorityChangeSchema, { ...ref, priority: "HIGH", reason: "Borgeren er blevet dårligere" }, "reason", long(501), "Begrundelsen må højst være 500 tegn"],
    ["decline", declineSchema, decline, "reasonText", long(1001), "Begrundelsen må højst være 1000 tegn"],
    ["decline", declineSchema, decline, "alternativeText", long(1001), "Rådet til henviseren må højst være 1000 tegn"],
    ["decline", declineSchema, decline, "alternativeOfferId", long(65), "Genindlæs siden"],
  ];

  it.each(cases.map(([name, schema, valid, field, value, message]) => ({ name, schema, valid, field, value, message })))(
    "$name: refuses a too long $field with a Danish message at the field",
    ({ schema, valid, field, value, message }) => {
      expect(errorsOf(schema, valid)).toEqual({});
      expect(errorsOf(schema, { ...valid, [field]: value })).toEqual({ [field]: message });
    },
  );
});

describe("characters no field takes (lib/validation/text.ts)", () => {
  const decline = { ...ref, reasonCode: "OTHER", reasonText: "Ikke i målgruppen", alternativeOfferId: "offer-2", alternativeText: "Ring til Ældre Sagen" };
  itRefusesBadText([
    { name: "case", schema: caseRefSchema, valid: ref, fields: ["referralId"] },
    { name: "forward", schema: forwardSchema, valid: { ...ref, offerId: "offer-1", alsoOfferIds: "offer-2", note: "Se venligst" }, fields: ["referralId", "offerId", "alsoOfferIds", "note"] },
    { name: "question", schema: requestInformationSchema, valid: { ...ref, question: "Hvilken medicin får borgeren?" }, fields: ["question"] },
    { name: "priority", schema: priorityChangeSchema, valid: { ...ref, priority: "HIGH", reason: "Borgeren er blevet dårligere" }, fields: ["reason"] },
    { name: "decline", schema: declineSchema, valid: decline, fields: ["reasonText", "alternativeOfferId", "alternativeText"] },
  ]);

  it("keeps line breaks in notes and questions, not in ids", () => {
    expect(errorsOf(requestInformationSchema, { ...ref, question: "Hvilken medicin?\r\nOg hvor meget?" })).toEqual({});
    expectRefusedAt(caseRefSchema, { ...ref, referralId: "ref\n1" }, "referralId");
  });
});
