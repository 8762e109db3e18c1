import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import type { RequestInformationInput } from "./schemas";

/**
 * Asks the referrer for what is missing; the question is the event's note, which the practice sees. The case is let go
 * of (assignedToId null): when the practice answers, it is back in the queue for whoever is on duty.
 * requestInformationSchema holds the rules (the question trimmed, long enough to answer, not too long).
 */
export async function requestInformation(user: SessionUser, input: CaseTarget & Pick<RequestInformationInput, "question">) {
  return decide(user, input, { scope: "triage", event: "INFORMATION_REQUESTED", data: { assignedToId: null }, note: input.question, audit: "referral.request_information" });
}
