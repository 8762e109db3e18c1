import { describe, expect, it } from "vitest";
import { checkedBarriers, meetsBarrier, unmetBarriers, type OfferAccess } from "./barriers";

const groupOnly: OfferAccess = { formats: ["GROUP"], hasEveningTimes: false, languages: ["da"], interpreterAvailable: false, transportHelp: false, homeVisits: false };

describe("barriers", () => {
  it("a group-only daytime offer in Danish meets none of the checked barriers", () => {
    for (const barrier of ["NO_GROUPS", "NEEDS_TRANSPORT", "HOME_OR_SCREEN_ONLY", "AFTER_16_ONLY", "INTERPRETER"] as const) {
      expect(meetsBarrier(groupOnly, barrier, "ar")).toBe(false);
    }
  });

  it("an interpreter need is met by the citizen's own language too, whatever the interpreter fact", () => {
    expect(meetsBarrier({ ...groupOnly, languages: ["da", "tr"] }, "INTERPRETER", "tr")).toBe(true);
    expect(meetsBarrier({ ...groupOnly, interpreterAvailable: true }, "INTERPRETER", "tr")).toBe(true);
  });

  it("checks the ticked barriers and the interpreter need, never the barrier said in words", () => {
    expect(checkedBarriers({ barriers: ["OTHER", "AFTER_16_ONLY", "NO_GROUPS"], language: "da", needsInterpreter: true })).toEqual([
      "NO_GROUPS",
      "AFTER_16_ONLY",
      "INTERPRETER",
    ]);
  });

  it("lists what the offer cannot meet, in the explained order", () => {
    const offer = { ...groupOnly, hasEveningTimes: true };
    expect(unmetBarriers(offer, { barriers: ["AFTER_16_ONLY", "HOME_OR_SCREEN_ONLY", "NO_GROUPS"], language: "da", needsInterpreter: false })).toEqual([
      "NO_GROUPS",
      "HOME_OR_SCREEN_ONLY",
    ]);
  });
});
