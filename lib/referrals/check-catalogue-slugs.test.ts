import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { danish } from "@/tests/support/translate";
import { checkCatalogueSlugs } from "./check-catalogue-slugs";

// What the user reads at the field, in Danish.
const UNKNOWN_NEED = "Behovet findes ikke i kataloget (længere). Genindlæs siden, og vælg behovene igen.";
const UNKNOWN_OFFER = "Tilbuddet findes ikke (længere). Vælg et andet tilbud, eller vælg »Ved ikke«, så finder den centrale visitation det rette.";

const refusal = (input: { needSlugs: string[]; offerSlug?: string }, found: { needSlugs: string[]; offer: boolean }) => {
  try {
    checkCatalogueSlugs(input, found);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, fieldErrors: (error as AppError).fieldTexts(danish) };
  }
};

describe("needs and offers the catalogue must have", () => {
  it("lets known needs, a known offer and »Ved ikke« (no offer) through", () => {
    expect(refusal({ needSlugs: ["aandenoed", "aandenoed"], offerSlug: "kol" }, { needSlugs: ["aandenoed"], offer: true })).toBeNull();
    expect(refusal({ needSlugs: [] }, { needSlugs: [], offer: false })).toBeNull();
  });

  it.each([
    ["an unknown need", { needSlugs: ["aandenoed", "findes-ikke"] }, { needSlugs: ["aandenoed"], offer: false }, { needSlugs: [`${UNKNOWN_NEED} Ukendt: findes-ikke.`] }],
    ["an unknown offer", { needSlugs: [], offerSlug: "lukket-tilbud" }, { needSlugs: [], offer: false }, { offerSlug: [UNKNOWN_OFFER] }],
    ["both", { needSlugs: ["x"], offerSlug: "y" }, { needSlugs: [], offer: false }, { needSlugs: [`${UNKNOWN_NEED} Ukendt: x.`], offerSlug: [UNKNOWN_OFFER] }],
  ])("refuses %s at its field (INVALID, never a route to triage)", (_case, input, found, fieldErrors) => {
    expect(refusal(input, found)).toEqual({ code: "INVALID", fieldErrors });
  });
});
