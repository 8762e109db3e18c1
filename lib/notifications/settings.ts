import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { NOTIFICATION_SETTINGS_FIELDS, type NotificationSettings, type NotificationSettingsField } from "./schemas";

// "Besked om nyt": a sending organisation's address for e-mails about its referrals and how often they come. Read and
// written only for the user's own organisation (the id in the WHERE comes from the session, never from the form).

const NOT_FOUND_MESSAGE = "notifications.organisationNotFound";

const settingsSelect = { email: true, notificationMode: true } as const;

/** The organisation's settings as they stand; an organisation without an address yet has email null. */
export async function getNotificationSettings(user: SessionUser) {
  const db = await getDb();
  const settings = await db.organisation.findUnique({ where: { id: user.organisationId }, select: settingsSelect });
  if (!settings) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, { subject: { type: "Organisation", id: user.organisationId } });
  return settings;
}

/**
 * Saves the settings for the whole organisation and audits what changed, from and to, in the same transaction: an
 * address that sends news about referrals elsewhere is something to be able to trace.
 */
export async function updateNotificationSettings(user: SessionUser, input: NotificationSettings): Promise<NotificationSettings & { changed: NotificationSettingsField[] }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: user.organisationId }, select: settingsSelect });
    if (!before) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, { subject: { type: "Organisation", id: user.organisationId } });
    const changed = NOTIFICATION_SETTINGS_FIELDS.filter((field) => before[field] !== input[field]);
    await tx.organisation.update({ where: { id: user.organisationId }, data: input });
    await recordAudit(
      {
        actor: user,
        action: "organisation.notification_settings",
        entityType: "Organisation",
        entityId: user.organisationId,
        details: { changed, ...Object.fromEntries(changed.map((field) => [field, { from: before[field], to: input[field] }])) },
      },
      tx,
    );
    return { ...input, changed };
  });
}
