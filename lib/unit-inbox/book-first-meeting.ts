import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { LegacyAppError as AppError } from "@/lib/errors";
import type { CaseTarget } from "@/lib/triage/case-scope";
import { PLACE_LIMITS } from "./schemas";
import { moveAtUnit } from "./unit-scope";

export interface BookFirstMeetingInput extends CaseTarget {
  at: Date;
  place: string;
}

/**
 * Books (or moves) the first meeting: a concrete date is what keeps a citizen's motivation through the wait
 * (DOMAIN.md). The time and place go on the referral, the place in the event's note and the time in its reason, so
 * the timeline says both. The schema's rules are checked again here, whoever calls.
 */
export async function bookFirstMeeting(user: SessionUser, input: BookFirstMeetingInput, now = new Date()) {
  const place = input.place.trim();
  if (Number.isNaN(input.at.getTime()) || input.at.getTime() <= now.getTime()) throw new AppError("INVALID", "Første møde skal ligge i fremtiden.");
  if (place.length < PLACE_LIMITS.min || place.length > PLACE_LIMITS.max) throw new AppError("INVALID", "Skriv, hvor første møde er.");
  return moveAtUnit(user, input, {
    event: "FIRST_MEETING_BOOKED",
    data: { firstMeetingAt: input.at, firstMeetingPlace: place },
    reason: input.at.toISOString(),
    note: place,
    audit: "referral.first_meeting",
  });
}
