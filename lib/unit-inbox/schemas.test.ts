import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { inDanish } from "@/tests/support/translate";
import { itRefusesBadText } from "@/tests/support/bad-text";
import { closeReferralSchema, contactAttemptSchema, firstMeetingSchema, TO_CENTRAL_TRIAGE, unitForwardSchema } from "./schemas";

// The unit's forms: what is typed has a size limit, said in Danish at the field.

const ref = { referralId: "ref-1", expectedVersion: "3" };
const closing = { ...ref, outcome: "MOVED_OR_OTHER", reason: "SOCIAL_SITUATION", note: "Borgeren er flyttet til Aarhus.", nextStep: "NOTHING_NEEDED" };
const long = (length: number) => "x".repeat(length);
const nextYear = String(new Date().getFullYear() + 1);

/** Each field's message, in Danish as the user reads it. */
const errorsOf = (schema: z.ZodType, input: Record<string, unknown>) => {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), inDanish(issue)]));
};

describe("size limits", () => {
  const cases = [
    { name: "first meeting", schema: firstMeetingSchema, valid: { ...ref, date: `${nextYear}-03-02`, time: "10:30", place: "Mødelokale 2" }, field: "place", message: "Stedet må højst være 200 tegn", length: 201 },
    { name: "contact attempt", schema: contactAttemptSchema, valid: { ...ref, channel: "PHONE", outcome: "NO_ANSWER", note: "Ringede kl. 10" }, field: "note", message: "Noten må højst være 1000 tegn", length: 1001 },
    { name: "closing", schema: closeReferralSchema, valid: closing, field: "note", message: "Afslutningsnotatet må højst være 2000 tegn", length: 2001 },
    { name: "closing", schema: closeReferralSchema, valid: { ...closing, reason: "OTHER", reasonText: "Flytter" }, field: "reasonText", message: "Årsagen må højst være 300 tegn", length: 301 },
    { name: "first meeting", schema: firstMeetingSchema, valid: { ...ref, date: `${nextYear}-03-02`, time: "10:30", place: "Mødelokale 2" }, field: "referralId", message: "Genindlæs siden", length: 65 },
  ];

  it.each(cases)("$name: refuses a too long $field with a Danish message at the field", ({ schema, valid, field, message, length }) => {
    expect(errorsOf(schema, valid)).toEqual({});
    expect(errorsOf(schema, { ...valid, [field]: long(length) })).toEqual({ [field]: message });
  });

  it("refuses a version no page can have shown", () => {
    expect(errorsOf(contactAttemptSchema, { ...ref, expectedVersion: "99999999", channel: "PHONE", outcome: "SENT" })).toEqual({ expectedVersion: "Genindlæs siden" });
  });
});

describe("the rules the unit's decisions rely on (the domain functions do not check them again)", () => {
  it("closing: a reason where the outcome needs one, in words for 'Andet', and none kept where it does not", () => {
    expect(errorsOf(closeReferralSchema, { ...closing, reason: "" })).toEqual({ reason: "Vælg en årsag" });
    expect(errorsOf(closeReferralSchema, { ...closing, reason: "OTHER", reasonText: "  " })).toEqual({ reasonText: "Skriv årsagen med dine egne ord" });
    expect(closeReferralSchema.parse({ ...closing, outcome: "COMPLETED_AS_PLANNED", reason: "TRANSPORT", reasonText: "x" })).toMatchObject({ reason: undefined, reasonText: undefined });
    expect(closeReferralSchema.parse({ ...closing, reason: "TRANSPORT", reasonText: "x" })).toMatchObject({ reason: "TRANSPORT", reasonText: undefined });
    expect(closeReferralSchema.parse({ ...closing, note: "  Borgeren er flyttet til Aarhus. " }).note).toBe("Borgeren er flyttet til Aarhus.");
  });

  it("contact attempt: a known channel and outcome, the note trimmed and left out when empty", () => {
    expect(errorsOf(contactAttemptSchema, { ...ref, channel: "FAX", outcome: "LOST" })).toEqual({ channel: "Vælg, hvordan I forsøgte at kontakte borgeren", outcome: "Vælg, hvordan det gik" });
    expect(contactAttemptSchema.parse({ ...ref, channel: "PHONE", outcome: "NO_ANSWER", note: "  Ringede kl. 10 " }).note).toBe("Ringede kl. 10");
    expect(contactAttemptSchema.parse({ ...ref, channel: "PHONE", outcome: "NO_ANSWER", note: "   " }).note).toBeUndefined();
  });
});

describe("characters no field takes (lib/validation/text.ts)", () => {
  itRefusesBadText([
    { name: "first meeting", schema: firstMeetingSchema, valid: { ...ref, date: `${nextYear}-03-02`, time: "10:30", place: "Mødelokale 2" }, fields: ["referralId", "date", "time", "place"] },
    { name: "contact attempt", schema: contactAttemptSchema, valid: { ...ref, channel: "PHONE", outcome: "NO_ANSWER", note: "Ringede kl. 10" }, fields: ["note"] },
    { name: "closing", schema: closeReferralSchema, valid: { ...closing, reason: "OTHER", reasonText: "Flytter" }, fields: ["note", "reasonText"] },
  ]);
});

describe("unitForwardSchema", () => {
  it("forwards to other units' offers, or back to central triage alone and saying why", () => {
    expect(unitForwardSchema.parse({ ...ref, offerId: "offer-1", alsoOfferIds: "offer-2" })).toMatchObject({ to: { offerIds: ["offer-1", "offer-2"] } });
    expect(unitForwardSchema.parse({ ...ref, offerId: TO_CENTRAL_TRIAGE, note: "Borgeren har mest brug for hjælp til angst." })).toMatchObject({ to: "CENTRAL_TRIAGE" });
    expect(errorsOf(unitForwardSchema, { ...ref, offerId: TO_CENTRAL_TRIAGE, note: "Nej" })).toEqual({ note: "Skriv til central visitation, hvorfor henvisningen skal videre" });
    expect(errorsOf(unitForwardSchema, { ...ref, offerId: TO_CENTRAL_TRIAGE, alsoOfferIds: "offer-2", note: "Borgeren har mest brug for hjælp til angst." })).toEqual({
      alsoOfferIds: "Sender I henvisningen tilbage til central visitation, kan I ikke også vælge tilbud. Central visitation finder dem",
    });
  });
});
