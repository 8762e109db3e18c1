import { describe, expect, it } from "vitest";
import { compoundPartsOf } from "./compound-parts";

describe("compoundPartsOf", () => {
  it("keeps the lower-case stems of three letters or more, without affix flags", () => {
    const dic = ["5", "besvær/45,10,39,31", "vejr/10,46", "Ndrangheta/9", "-årig/24", "tv2", "is", "trækning"].join("\n");
    expect(compoundPartsOf(dic)).toEqual(["besvær", "vejr", "trækning"]);
  });
});
