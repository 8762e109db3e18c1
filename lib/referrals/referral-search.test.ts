import { describe, expect, it } from "vitest";
import { REFERRAL_SEARCH_FIELD, REFERRAL_SEARCH_MAX, referralNumberParamSchema, referralSearchSchema } from "./referral-search";

const messageOf = (value: string) => referralSearchSchema.safeParse(value).error?.issues[0]?.message;

describe("what was typed in Find én henvisning", () => {
  it("is a referral number when it is up to eight digits", () => {
    expect(referralSearchSchema.parse(" 1042 ")).toEqual({ by: "number", number: 1042 });
    expect(referralSearchSchema.parse("12345678")).toEqual({ by: "number", number: 12345678 });
  });

  it("is a CPR number with or without its dash, kept as ten digits", () => {
    for (const value of ["070761-4285", "0707614285", " 070761 4285 "]) expect(referralSearchSchema.parse(value)).toEqual({ by: "cpr", cpr: "0707614285" });
    expect(messageOf("320161-4285")).toBe("referrals.cprDate");
    expect(messageOf("010150-5285")).toBe("referrals.cprFuture");
  });

  it("is a name when it is letters (and spaces, hyphens, apostrophes, full stops), spaces run together", () => {
    for (const name of ["Ida", "Anne-Mette  Østergård", "O'Neill", "H.C. Ørsted"]) expect(referralSearchSchema.parse(name)).toEqual({ by: "name", name: name.replace(/\s+/g, " ") });
  });

  it("is no search when empty, and says what to type otherwise — never taking LIKE wildcards", () => {
    expect(referralSearchSchema.parse("")).toBeUndefined();
    expect(referralSearchSchema.parse("   ")).toBeUndefined();
    for (const value of ["B", "Bo", "123456789", "12a", "Hansen%", "Han_sen", "a\\b", "Ø".repeat(REFERRAL_SEARCH_MAX + 1), "-Hansen"]) expect(messageOf(value), value).toBe("listSearch.invalid");
  });
});

describe("the lists' URL", () => {
  it("takes a referral number as nr, and nothing else", () => {
    expect(referralNumberParamSchema.parse("1042")).toEqual({ by: "number", number: 1042 });
    for (const value of ["0707614285", "070761-4285", "Hansen", "12a", "", undefined]) expect(referralNumberParamSchema.parse(value)).toBeUndefined();
  });

  it("lets the search route put only a number in the URL as typed", () => {
    expect(REFERRAL_SEARCH_FIELD.plain("1042")).toBe(true);
    for (const value of ["0707614285", "070761-4285", "Hansen"]) expect(REFERRAL_SEARCH_FIELD.plain(value)).toBe(false);
  });
});
