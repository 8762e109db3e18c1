// The case-finding conversation ("Sundhedssamtale") a nurse or GP has with a citizen before the need is clear: short,
// published instruments where they exist, and one plain question for the rest. Each question's choices carry the
// instrument's own score. Pure data: the texts of the questions and choices are messages ("screening.*").
//
// Instruments:
// - WHO-5 Well-Being Index (WHO Collaborating Centre in Mental Health, Psychiatric Research Unit, Hillerød, 1998; the
//   Danish wording; Topp, Østergaard, Søndergaard & Bech, "The WHO-5 Well-Being Index: a systematic review of the
//   literature", Psychother Psychosom 2015;84:167-176). Five items over the last two weeks, 0-5 each; the raw sum × 4
//   is the score 0-100; ≤ 50 suggests poor well-being, ≤ 28 likely depression.
// - AUDIT-C (Bush, Kivlahan, McDonell, Fihn & Bradley, "The AUDIT alcohol consumption questions (AUDIT-C)", Arch Intern
//   Med 1998;158:1789-1795): the first three AUDIT items, 0-4 each; positive at ≥ 4 for men and ≥ 3 for women.
// - Three-item loneliness scale (Hughes, Waite, Hawkley & Cacioppo, "A short scale for measuring loneliness in large
//   surveys", Res Aging 2004;26:655-672): 1-3 each; a sum of 6 or more counts as lonely.
// - Modified MRC dyspnoea scale (Fletcher et al., BMJ 1959;2:257-266; grades as in the GOLD report): grade 2 or more
//   (of 0-4) is breathlessness that limits everyday life.
// The rest (smoking, physical activity, diet, sleep, pain, money, work) are single questions, not scales.

export type Choice = { value: string; score: number };

const scale = (values: string[], scores: number[]): Choice[] => values.map((value, index) => ({ value, score: scores[index]! }));

const WHO5_CHOICES = scale(["ALL", "MOST", "MORE_THAN_HALF", "LESS_THAN_HALF", "SOME", "NEVER"], [5, 4, 3, 2, 1, 0]);
const LONELINESS_CHOICES = scale(["HARDLY_EVER", "SOME", "OFTEN"], [1, 2, 3]);
const YES_NO = scale(["YES", "NO"], [1, 0]);

/** Every question, in the order the conversation asks them, with its choices. */
export const QUESTIONS = {
  who5_1: WHO5_CHOICES,
  who5_2: WHO5_CHOICES,
  who5_3: WHO5_CHOICES,
  who5_4: WHO5_CHOICES,
  who5_5: WHO5_CHOICES,
  auditc_1: scale(["NEVER", "MONTHLY", "TWO_TO_FOUR_A_MONTH", "TWO_TO_THREE_A_WEEK", "FOUR_OR_MORE_A_WEEK"], [0, 1, 2, 3, 4]),
  auditc_2: scale(["ONE_TWO", "THREE_FOUR", "FIVE_SIX", "SEVEN_NINE", "TEN_OR_MORE"], [0, 1, 2, 3, 4]),
  auditc_3: scale(["NEVER", "LESS_THAN_MONTHLY", "MONTHLY", "WEEKLY", "DAILY"], [0, 1, 2, 3, 4]),
  loneliness_1: LONELINESS_CHOICES,
  loneliness_2: LONELINESS_CHOICES,
  loneliness_3: LONELINESS_CHOICES,
  mmrc: scale(["GRADE_0", "GRADE_1", "GRADE_2", "GRADE_3", "GRADE_4"], [0, 1, 2, 3, 4]),
  smoking: scale(["DAILY", "SOMETIMES", "FORMER", "NEVER"], [2, 1, 0, 0]),
  activity: scale(["UNDER_30", "30_TO_150", "OVER_150"], [2, 1, 0]),
  fruitAndVegetables: YES_NO,
  sleepsBadly: YES_NO,
  painMostDays: YES_NO,
  moneyWorries: YES_NO,
  outsideWork: YES_NO,
} as const satisfies Record<string, Choice[]>;

export type QuestionId = keyof typeof QUESTIONS;
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

/** Which choices a question offers, by name: the messages of its choices are "screening.choices.<name>.<value>". */
export const CHOICE_SET: Record<QuestionId, string> = {
  who5_1: "who5",
  who5_2: "who5",
  who5_3: "who5",
  who5_4: "who5",
  who5_5: "who5",
  auditc_1: "auditc_1",
  auditc_2: "auditc_2",
  auditc_3: "auditc_3",
  loneliness_1: "loneliness",
  loneliness_2: "loneliness",
  loneliness_3: "loneliness",
  mmrc: "mmrc",
  smoking: "smoking",
  activity: "activity",
  fruitAndVegetables: "yesNo",
  sleepsBadly: "yesNo",
  painMostDays: "yesNo",
  moneyWorries: "yesNo",
  outsideWork: "yesNo",
};

/** The questions in the groups the page shows them in. */
export const QUESTION_GROUPS = {
  wellBeing: ["who5_1", "who5_2", "who5_3", "who5_4", "who5_5"],
  loneliness: ["loneliness_1", "loneliness_2", "loneliness_3"],
  alcohol: ["auditc_1", "auditc_2", "auditc_3"],
  body: ["mmrc", "painMostDays", "sleepsBadly"],
  habits: ["smoking", "activity", "fruitAndVegetables"],
  social: ["moneyWorries", "outsideWork"],
} as const satisfies Record<string, readonly QuestionId[]>;

export type QuestionGroup = keyof typeof QUESTION_GROUPS;
