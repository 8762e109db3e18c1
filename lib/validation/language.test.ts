import { describe, expect, it } from "vitest";
import { CITIZEN_LANGUAGES } from "@/lib/referrals/referral-form-values";
import { isLanguageCode } from "./language";

describe("language codes", () => {
  it("accepts every language the form offers, and other ISO 639-1 codes", () => {
    for (const code of [...CITIZEN_LANGUAGES, "sw", "kl", "fo", "he", "id", "yi"]) expect(isLanguageCode(code)).toBe(true);
  });

  it.each(["zz", "xx", "qq", "iw", "in", "mo", "sh", "DA", "dan", "d", "", "da-DK", "d\u0000"])("refuses %j", (code) => {
    expect(isLanguageCode(code)).toBe(false);
  });

  it("knows exactly the 183 two-letter codes of ISO 639-1", () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const codes = [...letters].flatMap((first) => [...letters].map((second) => first + second)).filter(isLanguageCode);
    expect(codes).toHaveLength(183);
  });
});
