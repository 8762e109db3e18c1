// The clock on a referral's current hand-off: which step is owed, from when it counts, when it is due and when an
// overdue step is escalated. Every status change asks `clockAfter` (lib/referrals/transition-referral.ts), so the clock
// is stored on the referral and the overdue views and the escalation job are plain indexed queries. Pure.
//
// A step is on time when it is done on its due day: `dueAt` is the start of the next day in Copenhagen. The unit's
// three steps all count from the receipt (opening does not buy time for the first contact).
import type { ReferralEventType, ReferralStatus, ServiceStep } from "@/lib/generated/prisma/enums";
import { copenhagenTime } from "@/lib/time/copenhagen";
import { addWorkingDays, type PublicHolidays } from "@/lib/time/working-days";
import type { ServiceLevels } from "./levels";

export interface Clock {
  step: ServiceStep;
  /** When the holder received the referral: the steps count from here. */
  startedAt: Date;
  dueAt: Date;
  escalateAt: Date;
}

export interface ClockContext {
  levels: ServiceLevels;
  holidays: PublicHolidays;
  /** The chosen offer's declared wait, in weeks. */
  waitingWeeks: number | null;
}

const DAY = 24 * 60 * 60 * 1000;

/** The start of the day after `day` ("YYYY-MM-DD") in Copenhagen: the instant a step due that day is overdue. */
function endOfDay(day: string): Date {
  const next = new Date(new Date(`${day}T12:00:00Z`).getTime() + DAY).toISOString().slice(0, 10);
  return copenhagenTime(next, "00:00")!;
}

/** The end of the working day `days` working days after `from`. */
export function dueAfterWorkingDays(from: Date, days: number, holidays: PublicHolidays): Date {
  return endOfDay(addWorkingDays(from, days, holidays));
}

/** The end of the first working day on or after `from` plus `weeks` weeks. */
function dueAfterWeeks(from: Date, weeks: number, holidays: PublicHolidays): Date {
  return dueAfterWorkingDays(new Date(from.getTime() + weeks * 7 * DAY), 0, holidays);
}

/** The end of the first working day on or after `from` plus `months` calendar months (the 31st into a short month: its last day). */
function dueAfterMonths(from: Date, months: number, holidays: PublicHolidays): Date {
  const day = new Date(from.getTime());
  const target = day.getUTCDate();
  day.setUTCDate(1);
  day.setUTCMonth(day.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
  day.setUTCDate(Math.min(target, lastDay));
  return dueAfterWorkingDays(day, 0, holidays);
}

/** The clock of `step` counting from `startedAt`. */
export function clockFor(step: ServiceStep, startedAt: Date, context: ClockContext): Clock {
  const { levels, holidays } = context;
  const dueAt = {
    TRIAGE_DECISION: () => dueAfterWorkingDays(startedAt, levels.decisionWorkingDays, holidays),
    UNIT_OPEN: () => dueAfterWorkingDays(startedAt, levels.openWorkingDays, holidays),
    FIRST_CONTACT: () => dueAfterWorkingDays(startedAt, levels.firstContactWorkingDays, holidays),
    FIRST_MEETING: () => dueAfterWeeks(startedAt, (context.waitingWeeks ?? 0) + levels.firstMeetingExtraWeeks, holidays),
    FOLLOW_UP: () => dueAfterMonths(startedAt, levels.followUpMonths, holidays),
  }[step]();
  // Escalated at the end of the working day that many working days after the due day.
  const escalateAt = dueAfterWorkingDays(new Date(dueAt.getTime() - 1), levels.escalateAfterWorkingDays, holidays);
  return { step, startedAt, dueAt, escalateAt };
}

/** Statuses in which nobody owes a next step on a clock: waiting for the referrer, the meeting is booked, the course runs, or it is over. */
const NO_CLOCK: readonly ReferralStatus[] = ["DRAFT", "SENT", "FORWARDED", "AWAITING_INFORMATION", "FIRST_MEETING_BOOKED", "STARTED", "COMPLETED", "DECLINED", "CITIZEN_DECLINED", "NOT_REACHED", "WITHDRAWN"];

/** The next step and whether it counts from now (a new receipt) or from the receipt before. */
export type NextStep = { step: ServiceStep; from: "now" | "receipt" };

/**
 * The step owed after an event that leads to `toStatus`: a step, null (no step owed), or "unchanged" (the event does
 * not move the clock: a claim, a priority change, an attempt after the first). Needs no service level, so a caller
 * reads one only when a clock starts.
 */
export function stepAfter(event: ReferralEventType, toStatus: ReferralStatus, atUnit: boolean, current: ServiceStep | null): NextStep | null | "unchanged" {
  if (NO_CLOCK.includes(toStatus)) return null;
  switch (event) {
    // Received by a unit or central triage, or back in their hands with the referrer's answer: a new clock.
    case "RECEIVED":
    case "INFORMATION_PROVIDED":
      return { step: atUnit ? "UNIT_OPEN" : "TRIAGE_DECISION", from: "now" };
    // Opened or accepted: the first contact attempt is owed next, still counted from the receipt.
    case "SEEN":
    case "ACCEPTED":
      return current === "UNIT_OPEN" ? { step: "FIRST_CONTACT", from: "receipt" } : "unchanged";
    // The citizen did not come: a new first meeting is owed, counted from now.
    case "NO_SHOW":
      return { step: "FIRST_MEETING", from: "now" };
    // The first attempt: the first meeting is owed next.
    case "CONTACT_ATTEMPT":
      return current === "UNIT_OPEN" || current === "FIRST_CONTACT" ? { step: "FIRST_MEETING", from: "receipt" } : "unchanged";
    default:
      return "unchanged";
  }
}

/** The step a referral in this state owes, from its history (for referrals from before the clocks, and the demo data). */
export function stepFromHistory(status: ReferralStatus, atUnit: boolean, sinceReceipt: readonly ReferralEventType[]): ServiceStep | null {
  if (NO_CLOCK.includes(status)) return null;
  if (!atUnit) return "TRIAGE_DECISION";
  if (sinceReceipt.includes("CONTACT_ATTEMPT")) return "FIRST_MEETING";
  if (sinceReceipt.includes("SEEN") || sinceReceipt.includes("ACCEPTED")) return "FIRST_CONTACT";
  return "UNIT_OPEN";
}

/** Whether a clock is overdue at `now`. */
export const isOverdue = (dueAt: Date | null, now: Date) => dueAt !== null && dueAt.getTime() <= now.getTime();
