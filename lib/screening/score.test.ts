import { describe, expect, it } from "vitest";
import { QUESTION_GROUPS, QUESTION_IDS, QUESTIONS } from "./instruments";
import { scoreScreening, type ScreeningAnswers } from "./score";

const who5 = (value: string): ScreeningAnswers => ({ who5_1: value, who5_2: value, who5_3: value, who5_4: value, who5_5: value });

describe("scoreScreening", () => {
  it("scores WHO-5 as the raw sum × 4, with the published bands", () => {
    expect(scoreScreening(who5("ALL")).who5).toEqual({ score: 100, band: "GOOD" });
    // 3+3+3+2+2 = 13 → 52: just above the poor well-being line.
    expect(scoreScreening({ who5_1: "MORE_THAN_HALF", who5_2: "MORE_THAN_HALF", who5_3: "MORE_THAN_HALF", who5_4: "LESS_THAN_HALF", who5_5: "LESS_THAN_HALF" }).who5).toEqual({ score: 52, band: "GOOD" });
    expect(scoreScreening(who5("LESS_THAN_HALF")).who5).toEqual({ score: 40, band: "POOR" });
    // 1+1+1+2+2 = 7 → 28: likely depression, the line included.
    expect(scoreScreening({ who5_1: "SOME", who5_2: "SOME", who5_3: "SOME", who5_4: "LESS_THAN_HALF", who5_5: "LESS_THAN_HALF" }).who5).toEqual({ score: 28, band: "LIKELY_DEPRESSION" });
    expect(scoreScreening(who5("NEVER")).needSlugs).toEqual(["nedtrykt"]);
  });

  it("says nothing of an instrument with an item left out", () => {
    const { who5_5: _left, ...four } = who5("NEVER");
    expect(scoreScreening(four)).toEqual({ who5: null, auditC: null, loneliness: null, mmrc: null, needSlugs: [] });
  });

  it("takes the AUDIT-C threshold for the citizen's sex, and the lower one when it is not known", () => {
    const three = { auditc_1: "TWO_TO_THREE_A_WEEK", auditc_2: "ONE_TWO", auditc_3: "NEVER" };
    expect(scoreScreening(three, "MALE").auditC).toEqual({ score: 3, positive: false });
    expect(scoreScreening(three, "FEMALE").auditC).toEqual({ score: 3, positive: true });
    expect(scoreScreening(three).auditC).toEqual({ score: 3, positive: true });
    expect(scoreScreening({ ...three, auditc_2: "THREE_FOUR" }, "MALE")).toMatchObject({ auditC: { score: 4, positive: true }, needSlugs: ["drikker-for-meget"] });
  });

  it("counts a loneliness sum of 6 or more as lonely", () => {
    expect(scoreScreening({ loneliness_1: "SOME", loneliness_2: "SOME", loneliness_3: "HARDLY_EVER" }).loneliness).toEqual({ score: 5, lonely: false });
    expect(scoreScreening({ loneliness_1: "SOME", loneliness_2: "SOME", loneliness_3: "SOME" })).toMatchObject({ loneliness: { score: 6, lonely: true }, needSlugs: ["ensomhed"] });
  });

  it("points every single question to its need, in the conversation's order", () => {
    const answers: ScreeningAnswers = {
      mmrc: "GRADE_2",
      painMostDays: "YES",
      sleepsBadly: "YES",
      smoking: "DAILY",
      activity: "UNDER_30",
      fruitAndVegetables: "NO",
      moneyWorries: "YES",
      outsideWork: "YES",
    };
    expect(scoreScreening(answers).needSlugs).toEqual([
      "aandenoed",
      "smerter-i-kroppen",
      "svaert-ved-at-sove",
      "vil-stoppe-med-at-ryge",
      "komme-i-gang-med-at-bevaege-sig",
      "kost-og-madvaner",
      "oekonomi-og-bolig",
      "tilbage-i-job",
    ]);
    expect(scoreScreening({ mmrc: "GRADE_1", smoking: "FORMER", activity: "OVER_150", fruitAndVegetables: "YES" }).needSlugs).toEqual([]);
  });

  it("ignores a value no question offers", () => {
    expect(scoreScreening({ smoking: "LOTS", mmrc: "GRADE_9" })).toMatchObject({ mmrc: null, needSlugs: [] });
  });
});

describe("the questions", () => {
  it("are each in exactly one group", () => {
    const grouped = Object.values(QUESTION_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...QUESTION_IDS].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it("give every choice a distinct value", () => {
    for (const choices of Object.values(QUESTIONS)) expect(new Set(choices.map((choice) => choice.value)).size).toBe(choices.length);
  });
});
