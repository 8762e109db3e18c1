// How old a triage case is, counted in working days (lib/time/working-days.ts: Monday to Friday, not a Danish public
// holiday, in Copenhagen), and whether it is over central triage's service level: its clock's due time
// (lib/service-levels), which an administrator sets.

import { isOverdue } from "@/lib/service-levels/clock";
import { workingDaysSince, type PublicHolidays } from "@/lib/time/working-days";

export interface CaseAge {
  workingDays: number;
  overTarget: boolean;
}

/** The age shown in the queue: "1 dag – inden for målet", "3 dage – over målet". */
export function caseAge(receivedAt: Date, dueAt: Date | null, now: Date, holidays: PublicHolidays): CaseAge {
  return { workingDays: workingDaysSince(receivedAt, now, holidays), overTarget: isOverdue(dueAt, now) };
}
