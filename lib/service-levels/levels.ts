// The service levels: how long each hand-off of a referral may take, in working days (Danish public holidays counted
// out, lib/time/working-days.ts). An administrator sets them per unit and for central triage; without a setting the
// defaults apply. Pure.

/** The id of central triage's service level; a unit's is the unit's id. */
export const CENTRAL_TRIAGE_LEVEL = "central-triage";

export interface ServiceLevels {
  /** Units: the referral is opened within this many working days of its receipt. */
  openWorkingDays: number;
  /** Units: a first contact attempt within this many working days of the receipt. */
  firstContactWorkingDays: number;
  /** Units: the first meeting within the offer's declared wait plus this many weeks of the receipt. */
  firstMeetingExtraWeeks: number;
  /** Central triage: a decision (forward, question, decline) within this many working days of the receipt. */
  decisionWorkingDays: number;
  /** An overdue step is escalated this many working days after the reminder. */
  escalateAfterWorkingDays: number;
  /** Units: after closing with a next step, the follow-up is due this many months later. */
  followUpMonths: number;
}

export const DEFAULT_SERVICE_LEVELS: Readonly<ServiceLevels> = {
  openWorkingDays: 1,
  firstContactWorkingDays: 3,
  firstMeetingExtraWeeks: 2,
  decisionWorkingDays: 2,
  escalateAfterWorkingDays: 2,
  followUpMonths: 3,
};

/** The fields of a unit's service level, and of central triage's, in the order the settings page shows them. */
export const UNIT_LEVEL_FIELDS = ["openWorkingDays", "firstContactWorkingDays", "firstMeetingExtraWeeks", "escalateAfterWorkingDays", "followUpMonths"] as const satisfies readonly (keyof ServiceLevels)[];
export const TRIAGE_LEVEL_FIELDS = ["decisionWorkingDays", "escalateAfterWorkingDays"] as const satisfies readonly (keyof ServiceLevels)[];

/** The largest value an administrator may set: a service level of more than a quarter is no service level. */
export const MAX_LEVEL = 60;
