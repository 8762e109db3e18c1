import { z } from "zod";
import { text } from "@/lib/validation/text";
import { MAX_LEVEL, type ServiceLevels } from "./levels";

// A service level as the administrator's form posts it (every value a string): whose it is ("central-triage" or a
// unit's id) and its numbers — central triage's form carries the unit fields as they stand, and a unit's form
// triage's, in hidden fields, so one schema serves both. The messages are said at the field.

const LEVEL_ERROR = "serviceLevels.numberInvalid";
const level = z.coerce.number({ error: LEVEL_ERROR }).int(LEVEL_ERROR).min(0, LEVEL_ERROR).max(MAX_LEVEL, LEVEL_ERROR);

export const serviceLevelSchema = z.object({
  holder: text().trim().min(1).max(100),
  openWorkingDays: level,
  firstContactWorkingDays: level,
  firstMeetingExtraWeeks: level,
  decisionWorkingDays: level,
  escalateAfterWorkingDays: level,
  followUpMonths: level,
});

export type ServiceLevelInput = z.output<typeof serviceLevelSchema>;
export type ServiceLevelField = Exclude<keyof ServiceLevelInput, "holder">;

/** The levels as the form posts them unchanged. */
export function toServiceLevelValues(holder: string, levels: ServiceLevels): Record<keyof ServiceLevelInput, string> {
  return {
    holder,
    openWorkingDays: String(levels.openWorkingDays),
    firstContactWorkingDays: String(levels.firstContactWorkingDays),
    firstMeetingExtraWeeks: String(levels.firstMeetingExtraWeeks),
    decisionWorkingDays: String(levels.decisionWorkingDays),
    escalateAfterWorkingDays: String(levels.escalateAfterWorkingDays),
    followUpMonths: String(levels.followUpMonths),
  };
}
