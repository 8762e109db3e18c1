// Closing a referral with a structured outcome (docs/decisions/024-structured-outcomes.md): which outcomes a status
// allows, which end status each leads to, and which need a reason. Pure; close-referral.ts checks them again in the
// transaction.
import type { ReferralEventType, ReferralStatus } from "@/lib/generated/prisma/enums";
import type { Outcome } from "@/lib/referrals/event-details";

/** The lifecycle event (and so the end status) each outcome is recorded as. */
export const OUTCOME_EVENT = {
  COMPLETED_AS_PLANNED: "COMPLETED",
  STOPPED_AFTER_START: "COMPLETED",
  DECLINED_BEFORE_START: "CITIZEN_DECLINED",
  NOT_REACHED: "NOT_REACHED",
  MOVED_OR_OTHER: "COMPLETED",
} as const satisfies Record<Outcome, ReferralEventType>;

const BEFORE_START: readonly Outcome[] = ["DECLINED_BEFORE_START", "NOT_REACHED", "MOVED_OR_OTHER"];

/** The outcomes a unit may record for a referral in this status, in the order the form offers them. */
export function outcomesFor(status: ReferralStatus): readonly Outcome[] {
  switch (status) {
    case "STARTED":
      return ["COMPLETED_AS_PLANNED", "STOPPED_AFTER_START", "MOVED_OR_OTHER"];
    case "ACCEPTED":
    case "FIRST_MEETING_BOOKED":
      return BEFORE_START;
    // Not accepted yet: the unit may still decline or forward it instead; the citizen may have said no, or not answered.
    case "RECEIVED":
      return ["DECLINED_BEFORE_START", "NOT_REACHED"];
    default:
      return [];
  }
}

/** A reason from the fixed list is asked for every outcome but a plan completed and a citizen not reached. */
export function needsReason(outcome: Outcome): boolean {
  return outcome !== "COMPLETED_AS_PLANNED" && outcome !== "NOT_REACHED";
}

/** "Started" only on or after the booked first meeting. */
export function mayStart(firstMeetingAt: Date | null, now: Date): boolean {
  return firstMeetingAt !== null && firstMeetingAt.getTime() <= now.getTime();
}

/** A no-show only once the booked meeting's time has come. */
export const mayRecordNoShow = mayStart;
