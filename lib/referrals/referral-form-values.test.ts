import { danish } from "@/tests/support/translate";
import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/http/form-data";
import {
  emptyFormValues,
  FORM_FIELDS,
  firstStepWithError,
  STEP_FIELDS,
  stepOfField,
  toDraftValues,
  toFormData,
  validateStep,
} from "./referral-form-values";
import { referralSchema } from "./schemas";

const filled = {
  ...emptyFormValues(),
  cpr: "070761-4285",
  citizenName: "Bent Jensen",
  needSlugs: ["aandenoed", "ensomhed"],
  diagnoses: "KOL",
  consent: "on",
};

describe("the referral form's values", () => {
  it("knows each step's fields in the form's order, and which step a field is on", () => {
    expect(STEP_FIELDS.citizen.slice(0, 2)).toEqual(["cpr", "citizenName"]);
    expect(FORM_FIELDS).toHaveLength(new Set(FORM_FIELDS).size);
    expect(FORM_FIELDS.indexOf("cpr")).toBeLessThan(FORM_FIELDS.indexOf("needSlugs"));
    expect(stepOfField("needSlugs")).toBe("needs");
    expect(stepOfField("livesAlone")).toBe("social");
    expect(stepOfField("consent")).toBe("destination");
    expect(stepOfField("idempotencyKey")).toBeUndefined();
  });

  it("checks one step with its schema and gives the Danish message at the field", () => {
    const empty = emptyFormValues();
    expect(validateStep("citizen", empty, danish)).toEqual({
      cpr: ["Skriv CPR-nummeret som 10 cifre, fx 070761-4285."],
      citizenName: ["Skriv borgerens navn."],
    });
    expect(validateStep("needs", empty, danish).needSlugs?.[0]).toMatch(/mindst ét behov/);
    // The social profile has an answer for "don't know" everywhere: nothing to fill in to go on.
    expect(validateStep("social", empty, danish)).toEqual({});
    expect(Object.keys(validateStep("destination", empty, danish))).toEqual(["consent"]);
    expect(validateStep("citizen", filled, danish)).toEqual({});
  });

  it("finds the first step, in the form's order, with an error", () => {
    expect(firstStepWithError({ consent: ["x"], needSlugs: ["y"] })).toBe("needs");
    expect(firstStepWithError({ form: ["x"] })).toBeUndefined();
    expect(firstStepWithError({})).toBeUndefined();
  });

  it("keeps only the form's own fields in a draft, as text or a list of text, capped", () => {
    const draft = toDraftValues({ cpr: "070761-4285", needSlugs: "aandenoed", password: "x", citizenName: 42, needsText: "a".repeat(6000) });
    expect(draft).toEqual({ cpr: "070761-4285", needSlugs: ["aandenoed"], barriers: [], needsText: "a".repeat(5000) });
    expect(toDraftValues({ needSlugs: ["a", 1, "b".repeat(300), "c"] }).needSlugs).toEqual(["a", "c"]);
    expect(toDraftValues({}).needSlugs).toEqual([]);
  });

  it("sends the values as the server reads them: a list becomes repeated fields", () => {
    const received = formDataToObject(toFormData({ ...filled, idempotencyKey: "8b0f8c34-9d5e-4a4c-9c62-1f8f2b1c8d11" }));
    expect(received.needSlugs).toEqual(["aandenoed", "ensomhed"]);
    expect(referralSchema.parse(received)).toMatchObject({ cpr: { cpr: "0707614285" }, needSlugs: ["aandenoed", "ensomhed"], diagnoses: ["KOL"], consent: true, livesAlone: null });
  });
});
