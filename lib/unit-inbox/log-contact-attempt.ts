import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import type { ContactChannel, ContactOutcome } from "@/lib/generated/prisma/enums";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from "@/lib/referrals/event-details";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import { CONTACT_NOTE_MAX } from "./schemas";

export interface ContactAttemptTarget extends CaseTarget {
  channel: ContactChannel;
  outcome: ContactOutcome;
  note?: string;
}

/**
 * Logs one try to reach the citizen: a ContactAttempt row (counted before "could not reach") and a CONTACT_ATTEMPT
 * event for the timeline, in one transaction. The event's details are the channel and the outcome.
 */
export async function logContactAttempt(user: SessionUser, input: ContactAttemptTarget) {
  const note = input.note?.trim() || undefined;
  if (!CONTACT_CHANNELS.includes(input.channel)) throw new AppError("INVALID", "Vælg, hvordan I forsøgte at kontakte borgeren.");
  if (!CONTACT_OUTCOMES.includes(input.outcome)) throw new AppError("INVALID", "Vælg, hvordan det gik.");
  if (note && note.length > CONTACT_NOTE_MAX) throw new AppError("INVALID", `Noten må højst være ${CONTACT_NOTE_MAX} tegn.`);
  const { channel, outcome } = input;
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
