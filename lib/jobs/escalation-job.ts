import "server-only";
import type { PortalConfig } from "@/lib/config";
import { escalateOverdue } from "@/lib/escalation/escalate-overdue";
import type { ScheduledJob } from "./scheduler";

/** Every minute: an overdue step is reminded at most a minute after it fell due. */
export const ESCALATION_EVERY_MS = 60_000;

/** Reminds and escalates overdue referrals (lib/escalation); its e-mails go out through the outbox at the next tick. */
export function escalationJob(config: Pick<PortalConfig, "portalUrl">): ScheduledJob {
  return {
    name: "Escalation",
    everyMs: ESCALATION_EVERY_MS,
    async run(db, now) {
      const run = await escalateOverdue(db, now, config.portalUrl);
      if (run.reminded === 0 && run.escalated === 0) return undefined;
      return `Escalation: reminded ${run.reminded} overdue referrals, escalated ${run.escalated}`;
    },
  };
}
