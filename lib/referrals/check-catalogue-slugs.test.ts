import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkCatalogueSlugs, UNKNOWN_NEED_MESSAGE, UNKNOWN_OFFER_MESSAGE } from "./check-catalogue-slugs";

const refusal = (input: { needSlugs: string[]; offerSlug?: string }, found: { needSlugs: string[]; offer: boolean }) => {
  try {
    checkCatalogueSlugs(input, found);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, fieldErrors: (error as AppError).fieldErrors };
  }
};

describe("needs and offers the catalogue must have", () => {
  it("lets known needs, a known offer and »Ved ikke« (no offer) through", () => {
    expect(refusal({ needSlugs: ["aandenoed", "aandenoed"], offerSlug: "kol" }, { needSlugs: ["aandenoed"], offer: true })).toBeNull();
    expect(refusal({ needSlugs: [] }, { needSlugs: [], offer: false })).toBeNull();
  });

  it.each([
    ["an unknown need", { needSlugs: ["aandenoed", "findes-ikke"] }, { needSlugs: ["aandenoed"], offer: false }, { needSlugs: [`${UNKNOWN_NEED_MESSAGE} Ukendt: findes-ikke.`] }],
    ["an unknown offer", { needSlugs: [], offerSlug: "lukket-tilbud" }, { needSlugs: [], offer: false }, { offerSlug: [UNKNOWN_OFFER_MESSAGE] }],
    ["both", { needSlugs: ["x"], offerSlug: "y" }, { needSlugs: [], offer: false }, { needSlugs: [`${UNKNOWN_NEED_MESSAGE} Ukendt: x.`], offerSlug: [UNKNOWN_OFFER_MESSAGE] }],
  ])("refuses %s at its field (INVALID, never a route to triage)", (_case, input, found, fieldErrors) => {
    expect(refusal(input, found)).toEqual({ code: "INVALID", fieldErrors });
  });

  it("says so in Danish", () => {
    expect(UNKNOWN_NEED_MESSAGE).toMatch(/^Behovet findes ikke i kataloget/);
    expect(UNKNOWN_OFFER_MESSAGE).toMatch(/^Tilbuddet findes ikke \(længere\)/);
  });
});
