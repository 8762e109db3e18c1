// Working days in Copenhagen: Monday to Friday, not a Danish public holiday. The one module every service level
// counts with (central triage's target today). Pure: the holidays are given, as Copenhagen calendar days
// ("YYYY-MM-DD"), read once from the database (lib/time/public-holidays.ts).

import { copenhagenDay } from "./copenhagen";

/** Copenhagen calendar days ("YYYY-MM-DD") that are public holidays. */
export type PublicHolidays = ReadonlySet<string>;

const DAY = 24 * 60 * 60 * 1000;

/** Midnight UTC of the calendar day it is in Copenhagen at `instant`, so days can be counted without DST surprises. */
function calendarDay(instant: Date): Date {
  return new Date(`${copenhagenDay(instant)}T00:00:00Z`);
}

const next = (day: Date) => new Date(day.getTime() + DAY);
const dayText = (day: Date) => day.toISOString().slice(0, 10);

/** A calendar day (midnight UTC) that is Monday to Friday and not a public holiday. */
function isWorkingDay(day: Date, holidays: PublicHolidays): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(dayText(day));
}

/**
 * Working days since `from`: 0 on that day, 1 the next working day, and so on. Something that arrives on a day off (a
 * weekend, Easter, Christmas) starts on the next working day, so the days off do not eat into a target.
 */
export function workingDaysSince(from: Date, now: Date, holidays: PublicHolidays): number {
  let day = calendarDay(from);
  while (!isWorkingDay(day, holidays)) day = next(day);
  const until = calendarDay(now);
  let count = 0;
  for (day = next(day); day <= until; day = next(day)) if (isWorkingDay(day, holidays)) count++;
  return count;
}

/** The day (Copenhagen, "YYYY-MM-DD") `days` working days after `from`, counted as workingDaysSince counts them. */
export function addWorkingDays(from: Date, days: number, holidays: PublicHolidays): string {
  let day = calendarDay(from);
  while (!isWorkingDay(day, holidays)) day = next(day);
  for (let left = days; left > 0; ) {
    day = next(day);
    if (isWorkingDay(day, holidays)) left--;
  }
  return dayText(day);
}
