import { QUESTIONS, type QuestionId } from "./instruments";

/** What was answered; a question left out was not asked or not answered. */
export type ScreeningAnswers = Partial<Record<QuestionId, string>>;

export type WellBeing = "GOOD" | "POOR" | "LIKELY_DEPRESSION";

/**
 * What the answers say, instrument by instrument: null where not every item was answered. A type, not an interface, so
 * that the referral stores it as JSON as it is.
 */
export type ScreeningResult = {
  /** WHO-5 score 0-100 and its band. */
  who5: { score: number; band: WellBeing } | null;
  /** AUDIT-C sum 0-12, and whether it is above the threshold for the citizen's sex (the lower one when not known). */
  auditC: { score: number; positive: boolean } | null;
  /** Three-item loneliness sum 3-9. */
  loneliness: { score: number; lonely: boolean } | null;
  /** mMRC grade 0-4. */
  mmrc: { grade: number; limiting: boolean } | null;
  /** The needs (slugs of the need taxonomy) the answers point to, in the order the conversation asks. */
  needSlugs: string[];
};

const scoreOf = (answers: ScreeningAnswers, id: QuestionId): number | null => {
  const value = answers[id];
  const choice = (QUESTIONS[id] as readonly { value: string; score: number }[]).find((candidate) => candidate.value === value);
  return choice ? choice.score : null;
};

/** The sum of the items, or null when one is missing. */
function sumOf(answers: ScreeningAnswers, ids: QuestionId[]): number | null {
  const scores = ids.map((id) => scoreOf(answers, id));
  return scores.every((score): score is number => score !== null) ? scores.reduce((total, score) => total + score, 0) : null;
}

/** WHO-5: ≤ 50 poor well-being, ≤ 28 likely depression (Topp et al. 2015). */
export const WHO5_POOR = 50;
export const WHO5_DEPRESSION = 28;
/** AUDIT-C: positive at ≥ 4 for men, ≥ 3 for women (Bush et al. 1998). */
export const AUDITC_MEN = 4;
export const AUDITC_WOMEN = 3;
/** Three-item loneliness: 6 or more (Hughes et al. 2004). */
export const LONELY_FROM = 6;
/** mMRC grade 2 or more limits everyday life. */
export const MMRC_LIMITING = 2;

/**
 * Scores the answers with each instrument's published rule and says which needs they point to. `sex` (from the CPR
 * number, when the form has it) picks the AUDIT-C threshold; without it the lower (women's) one is used, so that no
 * one is missed.
 */
export function scoreScreening(answers: ScreeningAnswers, sex?: "FEMALE" | "MALE"): ScreeningResult {
  const who5Raw = sumOf(answers, ["who5_1", "who5_2", "who5_3", "who5_4", "who5_5"]);
  const who5 = who5Raw === null ? null : { score: who5Raw * 4, band: bandOf(who5Raw * 4) };
  const auditRaw = sumOf(answers, ["auditc_1", "auditc_2", "auditc_3"]);
  const auditC = auditRaw === null ? null : { score: auditRaw, positive: auditRaw >= (sex === "MALE" ? AUDITC_MEN : AUDITC_WOMEN) };
  const lonelyRaw = sumOf(answers, ["loneliness_1", "loneliness_2", "loneliness_3"]);
  const loneliness = lonelyRaw === null ? null : { score: lonelyRaw, lonely: lonelyRaw >= LONELY_FROM };
  const grade = scoreOf(answers, "mmrc");
  const mmrc = grade === null ? null : { grade, limiting: grade >= MMRC_LIMITING };
  const yes = (id: QuestionId) => answers[id] === "YES";
  const needs: [boolean, string][] = [
    [who5 !== null && who5.band !== "GOOD", "nedtrykt"],
    [loneliness?.lonely === true, "ensomhed"],
    [auditC?.positive === true, "drikker-for-meget"],
    [mmrc?.limiting === true, "aandenoed"],
    [yes("painMostDays"), "smerter-i-kroppen"],
    [yes("sleepsBadly"), "svaert-ved-at-sove"],
    [answers.smoking === "DAILY" || answers.smoking === "SOMETIMES", "vil-stoppe-med-at-ryge"],
    [answers.activity === "UNDER_30", "komme-i-gang-med-at-bevaege-sig"],
    [answers.fruitAndVegetables === "NO", "kost-og-madvaner"],
    [yes("moneyWorries"), "oekonomi-og-bolig"],
    [yes("outsideWork"), "tilbage-i-job"],
  ];
  return { who5, auditC, loneliness, mmrc, needSlugs: needs.filter(([applies]) => applies).map(([, slug]) => slug) };
}

function bandOf(score: number): WellBeing {
  if (score <= WHO5_DEPRESSION) return "LIKELY_DEPRESSION";
  return score <= WHO5_POOR ? "POOR" : "GOOD";
}
