import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { LegacyAppError as AppError } from "@/lib/errors";
import type { ContactChannel, ContactOutcome } from "@/lib/generated/prisma/enums";
import type { CaseTarget } from "@/lib/triage/case-scope";
import { CONTACT_CHANNELS, CONTACT_NOTE_MAX, CONTACT_OUTCOMES } from "./schemas";
import { moveAtUnit } from "./unit-scope";

export interface ContactAttemptTarget extends CaseTarget {
  channel: ContactChannel;
  outcome: ContactOutcome;
  note?: string;
}

/**
 * Logs one try to reach the citizen: a ContactAttempt row (counted before "could not reach") and a CONTACT_ATTEMPT
 * event for the timeline, in one transaction. The event's reason is "CHANNEL:OUTCOME", said in words by the timeline.
 */
export async function logContactAttempt(user: SessionUser, input: ContactAttemptTarget) {
  const note = input.note?.trim() || undefined;
  if (!CONTACT_CHANNELS.includes(input.channel)) throw new AppError("INVALID", "Vælg, hvordan I forsøgte at kontakte borgeren.");
  if (!CONTACT_OUTCOMES.includes(input.outcome)) throw new AppError("INVALID", "Vælg, hvordan det gik.");
  if (note && note.length > CONTACT_NOTE_MAX) throw new AppError("INVALID", `Noten må højst være ${CONTACT_NOTE_MAX} tegn.`);
  return moveAtUnit(
    user,
    input,
    { event: "CONTACT_ATTEMPT", reason: `${input.channel}:${input.outcome}`, note, audit: "referral.contact_attempt", details: { channel: input.channel, outcome: input.outcome } },
    async (tx) => {
      await tx.contactAttempt.create({ data: { referralId: input.referralId, userId: user.id, channel: input.channel, outcome: input.outcome, note } });
    },
  );
}
