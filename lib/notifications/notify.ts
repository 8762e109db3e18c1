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

/** What the caller already read or wrote of the referral the event is about. */
export interface NotifiedReferral {
  number: number;
  referrerOrganisationId: string;
}

/**
 * Tells the sending organisation about a change it should know of — in the caller's transaction, together with the
 * status event, so a notification is never lost and never made twice (one per event, unique). With immediate mail the
 * e-mail goes into the outbox at once; with the daily digest it waits for lib/notifications/digest.ts. Changes the
 * organisation made itself (its answer to a question) are not mailed back to it. The caller passes the referral's
 * number and sender, which it has at hand (it just wrote or read the referral), so nothing is read twice.
 */
export async function notifyReferrer(tx: Prisma.TransactionClient, event: NotifiableEvent, referral: NotifiedReferral): Promise<void> {
  if (!isNotifiedEvent(event.type) || event.actorOrganisationId === referral.referrerOrganisationId) return;
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: referral.referrerOrganisationId },
    select: { id: true, email: true, notificationMode: true },
  });
  const notification = await tx.notification.create({
    data: { organisationId: organisation.id, referralId: event.referralId, eventId: event.id, type: event.type },
    select: { id: true },
  });
  if (organisation.notificationMode !== "IMMEDIATE" || !organisation.email) return;
  const email = composeNotificationEmail({ referralId: event.referralId, referralNumber: referral.number, type: event.type }, portalUrl());
  // Two plain writes rather than a nested connect, which Prisma follows with a read of the whole message.
  const message = await tx.outboxMessage.create({
    data: { dedupeKey: `notification:${notification.id}`, organisationId: organisation.id, recipient: organisation.email, ...email },
    select: { id: true },
  });
  await tx.notification.update({ where: { id: notification.id }, data: { messageId: message.id }, select: { id: true } });
}
