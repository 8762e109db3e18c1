import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { eventDetailsFor, type EventDetails } from "./event-details";

/** The events that record something on a referral without moving it: a message, corrected contact details, a re-referral. */
export type AppendedEvent = "MESSAGE" | "CONTACT_CORRECTED" | "REFERRED_AGAIN";

/**
 * Writes an event that leaves the referral where it is — its status stays (from = to), and so does its version, so a
 * person deciding on it meanwhile is not refused — in the caller's transaction, by the user, with its typed details.
 * Status changes never come here: they go through transitionReferral.
 */
export async function appendEvent(
  tx: Prisma.TransactionClient,
  input: { referralId: string; status: ReferralStatus; type: AppendedEvent; actor: SessionUser; note?: string; details?: EventDetails; threadOrganisationId?: string; at?: Date },
) {
  return tx.referralEvent.create({
    data: {
      referralId: input.referralId,
      type: input.type,
      fromStatus: input.status,
      toStatus: input.status,
      actorUserId: input.actor.id,
      actorOrganisationId: input.actor.organisationId,
      actorRole: input.actor.role,
      note: input.note,
      details: input.details && eventDetailsFor(input.type, input.details),
      threadOrganisationId: input.threadOrganisationId,
      createdAt: input.at,
    },
    select: { id: true, referralId: true, type: true, actorOrganisationId: true },
  });
}
