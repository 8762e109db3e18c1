import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide } from "./decide";
import type { InformationAnswer } from "./schemas";

/**
 * The practice answers the question it was asked about one of its referrals — a decision of the practice on its own
 * referral: the referral goes back to the queue it came from (INFORMATION_PROVIDED, nobody assigned) with the answer as
 * the event's note, audit-logged, in one transaction. Another organisation's referral is not found.
 */
export async function answerInformationRequest(user: SessionUser, input: InformationAnswer) {
  const event = await decide(user, input, { scope: "practice", event: "INFORMATION_PROVIDED", data: { assignedToId: null }, note: input.answer, audit: "referral.information_provided" });
  return { referralId: input.referralId, eventId: event.id };
}
