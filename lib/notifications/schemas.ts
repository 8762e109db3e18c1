import { z } from "zod";
import { NotificationMode } from "@/lib/generated/prisma/enums";
import { text } from "@/lib/validation/text";

/** The longest address SMTP carries (RFC 5321). */
export const MAX_EMAIL_LENGTH = 254;

const EMAIL_MISSING = "notifications.emailMissing";

/**
 * "Besked om nyt": where a sending organisation hears about its referrals, and how often. Posted by the settings form
 * (every value a string) and stored by lib/notifications/settings.ts; the messages are said at the field.
 */
export const notificationSettingsSchema = z.object({
  email: text({ error: EMAIL_MISSING })
    .trim()
    .min(1, EMAIL_MISSING)
    .max(MAX_EMAIL_LENGTH, "notifications.emailTooLong")
    .pipe(z.email({ error: "notifications.emailInvalid" })),
  notificationMode: z.enum(NotificationMode, { error: "notifications.modeMissing" }),
});

export type NotificationSettings = z.output<typeof notificationSettingsSchema>;
export type NotificationSettingsField = keyof NotificationSettings;
export const NOTIFICATION_SETTINGS_FIELDS = Object.keys(notificationSettingsSchema.shape) as NotificationSettingsField[];

/** The settings as the form posts them unchanged; an organisation without an address yet starts with an empty field. */
export function toNotificationSettingsValues(settings: { email: string | null; notificationMode: NotificationMode }): Record<NotificationSettingsField, string> {
  return { email: settings.email ?? "", notificationMode: settings.notificationMode };
}

/** "Send igen": the button's form says it means it, so a stray post resends nothing. */
export const resendFailedEmailsSchema = z.object({ resend: z.literal("yes", { error: "notifications.resendNotConfirmed" }) });
