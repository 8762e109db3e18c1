import { describe, expect, it } from "vitest";
import { needsAlternatives, rankNextBest, SLOW_WAIT_WEEKS, type NextBestCandidate } from "./next-best";

const offer = (id: string, needSlugs: string[], waitingWeeks: number | null, capacityStatus: NextBestCandidate["capacityStatus"] = "OPEN") => ({
  id,
  needSlugs,
  waitingWeeks,
  capacityStatus,
});

describe("needsAlternatives", () => {
  it("proposes alternatives for a full offer and for one with a long wait, not for others", () => {
    expect(needsAlternatives(offer("a", [], 1, "FULL"))).toBe(true);
    expect(needsAlternatives(offer("a", [], SLOW_WAIT_WEEKS, "OPEN"))).toBe(true);
    expect(needsAlternatives(offer("a", [], SLOW_WAIT_WEEKS - 1, "LIMITED"))).toBe(false);
    expect(needsAlternatives(offer("a", [], null, "OPEN"))).toBe(false);
  });
});

describe("rankNextBest", () => {
  const full = offer("anxiety", ["angst", "stress"], 16, "FULL");

  it("ranks by needs shared, then places, then the shorter wait, and says why", () => {
    const ranked = rankNextBest(full, [
      offer("one-need-open", ["stress"], 2, "OPEN"),
      offer("both-needs-limited", ["stress", "angst", "sorg"], 4, "LIMITED"),
      offer("both-needs-open-slow", ["angst", "stress"], 10, "OPEN"),
      offer("both-needs-open-quick", ["angst", "stress"], 1, "OPEN"),
    ]);
    expect(ranked.map((next) => next.offer.id)).toEqual(["both-needs-open-quick", "both-needs-open-slow", "both-needs-limited"]);
    expect(ranked[0]!.reasons).toEqual({ sharedNeeds: ["angst", "stress"], sameHelp: true, shorterWaitWeeks: 1, hasPlaces: true });
  });

  it("leaves out the offer itself, full offers, offers for other needs, and offers that are no sooner", () => {
    const slow = offer("slow", ["stress"], 10, "OPEN");
    expect(
      rankNextBest(slow, [
        offer("slow", ["stress"], 10, "OPEN"),
        offer("full", ["stress"], 1, "FULL"),
        offer("other-need", ["sorg"], 1, "OPEN"),
        offer("as-slow", ["stress"], 10, "OPEN"),
        offer("unknown-wait", ["stress"], null, "OPEN"),
      ]),
    ).toEqual([]);
  });

  it("counts a shorter wait only when it is known, and places only when the offer is full", () => {
    const [next] = rankNextBest(offer("slow", ["stress", "angst"], 12, "LIMITED"), [offer("quicker", ["stress"], 0, "LIMITED")]);
    expect(next!.reasons).toEqual({ sharedNeeds: ["stress"], sameHelp: false, shorterWaitWeeks: 0, hasPlaces: false });
    const [placed] = rankNextBest(full, [offer("unknown-wait", ["angst"], null, "OPEN")]);
    expect(placed!.reasons).toMatchObject({ shorterWaitWeeks: null, hasPlaces: true });
  });

  it("shows at most three", () => {
    const candidates = ["a", "b", "c", "d", "e"].map((id) => offer(id, ["stress"], 1, "OPEN"));
    expect(rankNextBest(full, candidates).map((next) => next.offer.id)).toEqual(["a", "b", "c"]);
  });
});
