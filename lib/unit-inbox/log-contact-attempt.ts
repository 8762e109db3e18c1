import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import type { ContactAttemptInput } from "./schemas";

/**
 * Logs one try to reach the citizen: a ContactAttempt row (counted before "could not reach") and a CONTACT_ATTEMPT
 * event for the timeline, in one transaction. The event's details are the channel and the outcome. contactAttemptSchema
 * holds the rules (a known channel and outcome, the note trimmed and not too long, an empty note left out).
 */
export async function logContactAttempt(user: SessionUser, input: CaseTarget & Pick<ContactAttemptInput, "channel" | "outcome"> & Partial<Pick<ContactAttemptInput, "note">>) {
  const { channel, outcome, note } = input;
  return decide(user, input, {
    scope: "unit",
    event: "CONTACT_ATTEMPT",
    details: { kind: "CONTACT", channel, outcome },
    note,
    audit: "referral.contact_attempt",
    auditDetails: { channel, outcome },
    before: async (tx) => {
      await tx.contactAttempt.create({ data: { referralId: input.referralId, userId: user.id, channel, outcome, note } });
    },
  });
}
