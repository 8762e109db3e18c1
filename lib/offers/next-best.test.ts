import { describe, expect, it } from "vitest";
import { needsAlternatives, rankNextBest, SLOW_WAIT_WEEKS, wantsAlternatives, type NextBestCandidate } from "./next-best";

const offer = (
  id: string,
  needSlugs: string[],
  waitingWeeks: number | null,
  capacityStatus: NextBestCandidate["capacityStatus"] = "OPEN",
  access: Partial<NextBestCandidate> = {},
): NextBestCandidate => ({
  id,
  unitId: "unit",
  needSlugs,
  waitingWeeks,
  capacityStatus,
  formats: ["GROUP"],
  hasEveningTimes: false,
  languages: ["da"],
  interpreterAvailable: false,
  transportHelp: false,
  homeVisits: false,
  districts: [],
  ...access,
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
    expect(ranked[0]!.reasons).toEqual({ sharedNeeds: ["angst", "stress"], sameHelp: true, shorterWaitWeeks: 1, hasPlaces: true, meetsBarriers: [], inLanguage: null, inDistrict: false });
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
    expect(next!.reasons).toEqual({ sharedNeeds: ["stress"], sameHelp: false, shorterWaitWeeks: 0, hasPlaces: false, meetsBarriers: [], inLanguage: null, inDistrict: false });
    const [placed] = rankNextBest(full, [offer("unknown-wait", ["angst"], null, "OPEN")]);
    expect(placed!.reasons).toMatchObject({ shorterWaitWeeks: null, hasPlaces: true });
  });

  it("prefers the offer's own unit among offers sharing as many needs", () => {
    const ranked = rankNextBest(full, [offer("other-unit-now", ["angst"], 0, "OPEN", { unitId: "other" }), offer("same-unit-later", ["angst"], 6, "LIMITED")]);
    expect(ranked.map((next) => next.offer.id)).toEqual(["same-unit-later", "other-unit-now"]);
  });

  it("shows at most three", () => {
    const candidates = ["a", "b", "c", "d", "e"].map((id) => offer(id, ["stress"], 1, "OPEN"));
    expect(rankNextBest(full, candidates).map((next) => next.offer.id)).toEqual(["a", "b", "c"]);
  });
});

describe("rankNextBest: the citizen's barriers", () => {
  const groupOnly = offer("kol-group", ["aandenoed"], 2, "OPEN");
  const cannotJoinGroups = { barriers: ["NO_GROUPS" as const], language: "da", needsInterpreter: false };

  it("proposes alternatives for an offer that cannot meet a barrier, even when it is neither full nor slow", () => {
    expect(wantsAlternatives(groupOnly)).toBe(false);
    expect(wantsAlternatives(groupOnly, cannotJoinGroups)).toBe(true);
    expect(wantsAlternatives(groupOnly, { ...cannotJoinGroups, barriers: ["OTHER"] })).toBe(false);
  });

  it("proposes only offers that meet every barrier, saying which ones the offer could not", () => {
    const ranked = rankNextBest(
      groupOnly,
      [
        offer("another-group", ["aandenoed"], 0, "OPEN"),
        offer("on-screen", ["aandenoed"], 6, "LIMITED", { formats: ["ONLINE", "INDIVIDUAL"] }),
        offer("one-to-one-other-need", ["stress"], 0, "OPEN", { formats: ["INDIVIDUAL"] }),
      ],
      { citizen: cannotJoinGroups },
    );
    expect(ranked.map((next) => next.offer.id)).toEqual(["on-screen"]);
    expect(ranked[0]!.reasons).toEqual({ sharedNeeds: ["aandenoed"], sameHelp: true, shorterWaitWeeks: null, hasPlaces: false, meetsBarriers: ["NO_GROUPS"], inLanguage: null, inDistrict: false });
  });

  it("says the citizen's language where an offer is held in it, which also meets the need for an interpreter", () => {
    const citizen = { barriers: [], language: "ar", needsInterpreter: true };
    const ranked = rankNextBest(groupOnly, [offer("with-interpreter", ["aandenoed"], 1, "OPEN", { interpreterAvailable: true }), offer("in-arabic", ["aandenoed"], 1, "OPEN", { languages: ["da", "ar"] })], { citizen });
    expect(ranked.map((next) => [next.offer.id, next.reasons.meetsBarriers, next.reasons.inLanguage])).toEqual([
      ["in-arabic", [], "ar"],
      ["with-interpreter", ["INTERPRETER"], null],
    ]);
  });

  it("leaves out a sooner offer that cannot meet the citizen's barrier", () => {
    const full = offer("full", ["aandenoed"], 16, "FULL", { formats: ["INDIVIDUAL"] });
    expect(rankNextBest(full, [offer("group-now", ["aandenoed"], 0, "OPEN")], { citizen: cannotJoinGroups })).toEqual([]);
  });
});

describe("rankNextBest: the citizen's district", () => {
  it("prefers, among otherwise equal offers, the one in the citizen's district, and says so", () => {
    const full = offer("full", ["stress"], 16, "FULL");
    const ranked = rankNextBest(full, [offer("a-elsewhere", ["stress"], 2, "OPEN", { districts: ["VALBY"] }), offer("b-nearby", ["stress"], 2, "OPEN", { districts: ["NOERREBRO"] })], {
      citizen: { barriers: [], language: "da", needsInterpreter: false, district: "NOERREBRO" },
    });
    expect(ranked.map((next) => [next.offer.id, next.reasons.inDistrict])).toEqual([
      ["b-nearby", true],
      ["a-elsewhere", false],
    ]);
  });
});
