// How old a triage case is, counted in working days (Monday to Friday, in Copenhagen) against central triage's target
// of deciding within 2 working days. Danish public holidays are not counted out (yet): a case waiting over Easter
// shows as older than it is, never younger.

import { copenhagenDay } from "@/lib/time/copenhagen";

export const TRIAGE_TARGET_WORKING_DAYS = 2;

const DAY = 24 * 60 * 60 * 1000;

/** Midnight UTC of the calendar day it is in Copenhagen at `instant`, so days can be counted without DST surprises. */
function calendarDay(instant: Date): Date {
  return new Date(`${copenhagenDay(instant)}T00:00:00Z`);
}

const isWeekend = (day: Date) => day.getUTCDay() === 0 || day.getUTCDay() === 6;

/** Days in (from, to] that are Monday to Friday; `from` and `to` are calendar days. */
function weekdaysAfter(from: Date, to: Date): number {
  const days = Math.round((to.getTime() - from.getTime()) / DAY);
  if (days <= 0) return 0;
  let count = Math.floor(days / 7) * 5;
  for (let offset = Math.floor(days / 7) * 7 + 1; offset <= days; offset++) {
    if (!isWeekend(new Date(from.getTime() + offset * DAY))) count++;
  }
  return count;
}

/**
 * Working days since the case arrived: 0 on the day it arrived, 1 the next working day, and so on. A case that arrives
 * on a Saturday or Sunday starts on the Monday, so the weekend does not eat into the target.
 */
export function workingDaysSince(receivedAt: Date, now: Date): number {
  let start = calendarDay(receivedAt);
  while (isWeekend(start)) start = new Date(start.getTime() + DAY);
  return weekdaysAfter(start, calendarDay(now));
}

export interface CaseAge {
  workingDays: number;
  overTarget: boolean;
}

/** The age shown in the queue: "1 dag – inden for målet", "3 dage – over målet". */
export function caseAge(receivedAt: Date, now: Date): CaseAge {
  const workingDays = workingDaysSince(receivedAt, now);
  return { workingDays, overTarget: workingDays > TRIAGE_TARGET_WORKING_DAYS };
}
