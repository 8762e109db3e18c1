import { describe, expect, it } from "vitest";
import { emptyFormValues, FORM_FIELDS } from "@/lib/referrals/referral-form-values";
import type { RoutingPreviewAnswer } from "@/lib/referrals/form-alternatives";
import { loadingFrom, previewOf, ROUTING_FIELDS, routingKeyOf } from "./use-routing-preview";

const answer: RoutingPreviewAnswer = {
  destination: "UNIT",
  unitId: "unit-lung",
  offerId: "offer-kol",
  reasons: ["OFFER_FITS"],
  unitName: "Center for Lungesygdomme",
  offerTitle: "Mere luft i hverdagen",
  chosenOfferId: "offer-kol",
  alternatives: [],
};

describe("the routing preview", () => {
  it("reads only fields of the form", () => {
    expect(ROUTING_FIELDS.filter((field) => !FORM_FIELDS.includes(field))).toEqual([]);
  });

  it("is asked again when a field the routing rule reads changes, and not for any other field", () => {
    const values = { ...emptyFormValues(), cpr: "070761-4285", needSlugs: ["aandenoed"] };
    const key = routingKeyOf(values);
    expect(routingKeyOf({ ...values, citizenName: "Bent Jensen", phone: "12345678" })).toBe(key);
    expect(routingKeyOf({ ...values, needSlugs: ["aandenoed", "ensomhed"] })).not.toBe(key);
    expect(routingKeyOf({ ...values, possibleExclusion: "on" })).not.toBe(key);
    expect(routingKeyOf({ ...values, barriers: ["NO_GROUPS"] })).not.toBe(key);
    expect(routingKeyOf({ ...values, offerSlug: "mere-luft-i-hverdagen-kol" })).not.toBe(key);
  });

  it("keeps the answer shown while it asks again", () => {
    expect(loadingFrom({ status: "idle" })).toEqual({ status: "loading", answer: null });
    expect(loadingFrom({ status: "ready", answer })).toEqual({ status: "loading", answer });
    expect(loadingFrom({ status: "loading", answer })).toEqual({ status: "loading", answer });
    expect(loadingFrom({ status: "failed" })).toEqual({ status: "loading", answer: null });
    expect(loadingFrom({ status: "refused", messages: ["Tilbuddet findes ikke."] })).toEqual({ status: "loading", answer: null });
  });

  it("shows the answer, or each of the server's field messages once, or that it failed", () => {
    expect(previewOf({ status: "success", data: answer })).toEqual({ status: "ready", answer });
    expect(
      previewOf({
        status: "error",
        message: "Ret de markerede felter.",
        fieldErrors: { offerSlug: ["Tilbuddet findes ikke."], cpr: ["Skriv CPR-nummeret.", "Tilbuddet findes ikke."], diagnoses: undefined },
        values: {},
      }),
    ).toEqual({ status: "refused", messages: ["Tilbuddet findes ikke.", "Skriv CPR-nummeret."] });
    expect(previewOf({ status: "error", message: "Det lykkedes ikke at gemme.", fieldErrors: {}, values: {} })).toEqual({ status: "failed" });
    expect(previewOf(null)).toEqual({ status: "failed" });
  });
});
