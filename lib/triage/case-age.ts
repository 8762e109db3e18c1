// How old a triage case is, counted in working days (lib/time/working-days.ts: Monday to Friday, not a Danish public
// holiday, in Copenhagen) against central triage's target of deciding within 2 working days.

import { workingDaysSince, type PublicHolidays } from "@/lib/time/working-days";

export const TRIAGE_TARGET_WORKING_DAYS = 2;

export interface CaseAge {
  workingDays: number;
  overTarget: boolean;
}

/** The age shown in the queue: "1 dag – inden for målet", "3 dage – over målet". */
export function caseAge(receivedAt: Date, now: Date, holidays: PublicHolidays): CaseAge {
  const workingDays = workingDaysSince(receivedAt, now, holidays);
  return { workingDays, overTarget: workingDays > TRIAGE_TARGET_WORKING_DAYS };
}
