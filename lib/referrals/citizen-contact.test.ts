import { describe, expect, it } from "vitest";
import { sameCitizenContact, type CitizenContact } from "./citizen-contact";

const alma: CitizenContact = {
  citizenName: "Alma Aftensol",
  citizenPhone: "11111111",
  citizenBestTimeToCall: "Formiddag",
  citizenPreferredChannel: "PHONE",
  citizenLanguage: "da",
  citizenNeedsInterpreter: false,
  citizenDistrict: "NOERREBRO",
};

describe("sameCitizenContact", () => {
  it("is true for the same details, given on two referrals", () => {
    expect(sameCitizenContact(alma, { ...alma })).toBe(true);
  });

  it("is false when any detail differs, also one left out on one of them", () => {
    for (const change of [{ citizenName: "Alma A." }, { citizenPhone: null }, { citizenBestTimeToCall: "Aften" }, { citizenPreferredChannel: "LETTER" }, { citizenLanguage: "tr" }, { citizenNeedsInterpreter: true }, { citizenDistrict: null }] as const) {
      expect(sameCitizenContact(alma, { ...alma, ...change })).toBe(false);
    }
  });
});
