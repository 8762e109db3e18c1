import "server-only";
import { isUniqueViolation, type Db } from "@/lib/db";
import { composeDigestEmail, isNotifiedEvent, type NotificationItem } from "./compose";
import { DIGEST_HOUR, dueDigestDay } from "./digest-time";

/**
 * Puts waiting notifications into e-mails: organisations with the daily digest get one e-mail per day from the digest
 * hour; organisations with immediate mail get what waited when they switched from the digest. Each e-mail has a
 * dedupe key (organisation + day), so two workers never make two digests. Returns the number of e-mails made.
 */
export async function collectDigests(db: Db, portalUrl: string, now: Date = new Date(), hour = DIGEST_HOUR): Promise<number> {
  const day = dueDigestDay(now, hour);
  const waiting = await db.notification.groupBy({
    by: ["organisationId"],
    where: {
      messageId: null,
      createdAt: { lte: now },
      organisation: { email: { not: null }, ...(day ? {} : { notificationMode: "IMMEDIATE" }) },
    },
  });
  let made = 0;
  for (const { organisationId } of waiting) {
    if (await collectForOrganisation(db, organisationId, day, portalUrl, now)) made += 1;
  }
  return made;
}

async function collectForOrganisation(db: Db, organisationId: string, day: string | null, portalUrl: string, now: Date): Promise<boolean> {
  try {
    return await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { email: true, notificationMode: true } });
      if (!organisation.email || (organisation.notificationMode === "DAILY_DIGEST" && !day)) return false;
      const notifications = await tx.notification.findMany({
        where: { organisationId, messageId: null, createdAt: { lte: now } },
        orderBy: { createdAt: "asc" },
        select: { id: true, type: true, referral: { select: { id: true, number: true } } },
      });
      const items: NotificationItem[] = notifications.flatMap((n) => (isNotifiedEvent(n.type) ? [{ referralId: n.referral.id, referralNumber: n.referral.number, type: n.type }] : []));
      if (items.length === 0) return false;
      const dedupeKey = organisation.notificationMode === "DAILY_DIGEST" ? `digest:${organisationId}:${day}` : `collected:${notifications[0]!.id}`;
      await tx.outboxMessage.create({
        data: {
          dedupeKey,
          organisationId,
          recipient: organisation.email,
          ...composeDigestEmail(items, portalUrl),
          notifications: { connect: notifications.map(({ id }) => ({ id })) },
        },
      });
      return true;
    });
  } catch (error) {
    // Today's digest exists already (another worker, or changes after it was sent): they go in tomorrow's.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
