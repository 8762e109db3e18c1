import "server-only";
import type { Db } from "@/lib/db";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { eventDetailsFor } from "@/lib/referrals/event-details";
import { clockColumns, clockContext } from "@/lib/referrals/referral-clock";
import { clockFor, stepFromHistory } from "@/lib/service-levels/clock";

/** The statuses in which a step is owed on a clock (lib/service-levels/clock.ts). */
const WITH_CLOCK: ReferralStatus[] = ["RECEIVED", "IN_TRIAGE", "ACCEPTED"];
const BATCH = 200;

/**
 * Starts the clock of every open referral that has none — referrals from before the clocks existed, and the demo
 * data — from its history: the step it owes, counted from its last receipt. A step already overdue is marked as
 * reminded (and escalated, when that time has passed too) with its events dated when it happened, but without
 * notifications or e-mails: nobody is told today of what was late before the portal watched. Run by `npm run db:seed`
 * (every `npm start`); idempotent. The referral's updatedAt is kept: nothing a person did changed.
 */
export async function startMissingClocks(db: Db, now = new Date()): Promise<number> {
  let started = 0;
  for (;;) {
    const referrals = await db.referral.findMany({
      where: { clockStep: null, status: { in: WITH_CLOCK } },
      take: BATCH,
      select: {
        id: true,
        status: true,
        offerId: true,
        destinationUnitId: true,
        updatedAt: true,
        events: { orderBy: { createdAt: "asc" }, select: { type: true, createdAt: true } },
      },
    });
    if (referrals.length === 0) return started;
    for (const referral of referrals) {
      const receipt = referral.events.findLastIndex((event) => event.type === "RECEIVED" || event.type === "INFORMATION_PROVIDED");
      const since = referral.events.slice(receipt + 1).map((event) => event.type);
      const atUnit = referral.destinationUnitId !== null;
      const step = stepFromHistory(referral.status, atUnit, since)!;
      const startedAt = referral.events[receipt]?.createdAt ?? referral.events[0]?.createdAt ?? now;
      await db.$transaction(async (tx) => {
        const clock = clockFor(step, startedAt, await clockContext(tx, referral.destinationUnitId, step === "FIRST_MEETING" ? referral.offerId : null));
        const levels = [
          ...(clock.dueAt <= now ? [{ level: "REMINDED" as const, at: clock.dueAt }] : []),
          ...(clock.escalateAt <= now ? [{ level: "ESCALATED" as const, at: clock.escalateAt }] : []),
        ];
        await tx.referral.update({ where: { id: referral.id }, data: { ...clockColumns(clock), escalation: levels.at(-1)?.level ?? "NONE", updatedAt: referral.updatedAt } });
        await tx.referralEvent.createMany({
          data: levels.map(({ level, at }) => ({
            referralId: referral.id,
            type: "OVERDUE" as const,
            fromStatus: referral.status,
            toStatus: referral.status,
            details: eventDetailsFor("OVERDUE", { kind: "OVERDUE", step, level, dueAt: clock.dueAt.toISOString() }),
            createdAt: at,
          })),
        });
      });
      started += 1;
    }
  }
}
