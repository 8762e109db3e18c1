import { describe, expect, it } from "vitest";
import { ageBandOf } from "./age-band";

describe("ageBandOf", () => {
  it.each([
    [18, "under 30"], [29, "under 30"], [30, "30-44"], [44, "30-44"], [45, "45-54"],
    [54, "45-54"], [55, "55-64"], [64, "55-64"], [65, "65-74"], [74, "65-74"], [75, "75+"], [101, "75+"],
  ])("age %i is in band %s", (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });
});
