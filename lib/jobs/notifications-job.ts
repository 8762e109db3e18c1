import "server-only";
import type { PortalConfig } from "@/lib/config";
import { collectDigests } from "@/lib/notifications/digest";
import { devOutboxMailer, smtpMailer } from "@/lib/notifications/mailer";
import { processOutbox } from "@/lib/notifications/outbox";
import type { ScheduledJob } from "./scheduler";

/**
 * At every tick of the worker: makes the daily digests that are due, then sends what the outbox holds — over SMTP, or
 * into the test outbox (/udbakke) while SMTP_URL is unset (docs/decisions/005-notification-outbox.md).
 */
export function notificationsJob(config: Pick<PortalConfig, "smtpUrl" | "portalUrl">): ScheduledJob {
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl) : devOutboxMailer;
  return {
    name: "Notifications",
    everyMs: 0,
    async run(db, now) {
      await collectDigests(db, config.portalUrl, now);
      await processOutbox(db, mailer);
      return undefined;
    },
  };
}
