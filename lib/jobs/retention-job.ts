import "server-only";
import type { PortalConfig } from "@/lib/config";
import { deleteExpiredDrafts } from "@/lib/retention/delete-expired-drafts";
import { deleteOldSessions } from "@/lib/retention/delete-old-sessions";
import { pseudonymiseClosedReferrals } from "@/lib/retention/pseudonymise";
import type { ScheduledJob } from "./scheduler";

/** Once an hour: a closed referral is pseudonymised at most an hour after its retention period ends. */
export const RETENTION_EVERY_MS = 60 * 60_000;
const BATCH_SIZE = 100;

/**
 * Retention (docs/security.md): pseudonymises referrals closed more than RETENTION_DAYS ago, deletes expired drafts and
 * the rows of sessions over for more than 30 days.
 */
export function retentionJob(config: Pick<PortalConfig, "retentionDays">): ScheduledJob {
  return {
    name: "Retention",
    everyMs: RETENTION_EVERY_MS,
    async run(db, now) {
      const run = await pseudonymiseClosedReferrals(db, now, { retentionDays: config.retentionDays, batchSize: BATCH_SIZE });
      const drafts = await deleteExpiredDrafts(db, now);
      const sessions = await deleteOldSessions(db, now);
      if (run.referrals === 0 && run.citizens === 0 && drafts === 0 && sessions === 0) return undefined;
      return `Retention: pseudonymised ${run.referrals} referrals closed more than ${config.retentionDays} days ago and ${run.citizens} citizens; deleted ${drafts} expired drafts and ${sessions} old sessions`;
    },
  };
}
