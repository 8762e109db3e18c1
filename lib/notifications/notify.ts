import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReferralEventType } from "@/lib/generated/prisma/enums";
import { composeNotificationEmail, isNotifiedEvent } from "./compose";
import { portalUrl } from "./mail-settings";

export interface NotifiableEvent {
  id: string;
  referralId: string;
  type: ReferralEventType;
  actorOrganisationId: string | null;
}

/**
 * Tells the sending organisation about a change it should know of — in the caller's transaction, together with the
 * status event, so a notification is never lost and never made twice (one per event, unique). With immediate mail the
 * e-mail goes into the outbox at once; with the daily digest it waits for lib/notifications/digest.ts. Changes the
 * organisation made itself (its answer to a question) are not mailed back to it.
 */
export async function notifyReferrer(tx: Prisma.TransactionClient, event: NotifiableEvent): Promise<void> {
  if (!isNotifiedEvent(event.type)) return;
  const referral = await tx.referral.findUniqueOrThrow({
    where: { id: event.referralId },
    select: { number: true, referrerOrganisation: { select: { id: true, email: true, notificationMode: true } } },
  });
  const organisation = referral.referrerOrganisation;
  if (event.actorOrganisationId === organisation.id) return;
  const notification = await tx.notification.create({
    data: { organisationId: organisation.id, referralId: event.referralId, eventId: event.id, type: event.type },
    select: { id: true },
  });
  if (organisation.notificationMode !== "IMMEDIATE" || !organisation.email) return;
  const email = composeNotificationEmail({ referralId: event.referralId, referralNumber: referral.number, type: event.type }, portalUrl());
  await tx.outboxMessage.create({
    data: {
      dedupeKey: `notification:${notification.id}`,
      organisationId: organisation.id,
      recipient: organisation.email,
      ...email,
      notifications: { connect: { id: notification.id } },
    },
  });
}
