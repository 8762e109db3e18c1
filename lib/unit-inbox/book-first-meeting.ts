import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import type { FirstMeetingInput } from "./schemas";

/**
 * Books (or moves) the first meeting: a concrete date is what keeps a citizen's motivation through the wait for the
 * course. The time and place go on the referral, the time in the event's details and the place in its note, so
 * the timeline says both. firstMeetingSchema holds the rules (a real date in the future, a place).
 */
export async function bookFirstMeeting(user: SessionUser, input: CaseTarget & Pick<FirstMeetingInput, "at" | "place">) {
  return decide(user, input, {
    scope: "unit",
    event: "FIRST_MEETING_BOOKED",
    data: { firstMeetingAt: input.at, firstMeetingPlace: input.place },
    details: { kind: "MEETING", at: input.at.toISOString() },
    note: input.place,
    audit: "referral.first_meeting",
  });
}
