import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReferralEventType, ReferralStatus } from "@/lib/generated/prisma/enums";
import { clockFor, stepAfter, type Clock, type ClockContext } from "@/lib/service-levels/clock";
import { loadServiceLevels } from "@/lib/service-levels/load-service-levels";
import { loadPublicHolidays } from "@/lib/time/public-holidays";

/** What a status change reads of the referral's clock. */
export const CLOCK_SELECT = { destinationUnitId: true, offerId: true, clockStep: true, clockStartedAt: true } satisfies Prisma.ReferralSelect;

export type ClockAsRead = Prisma.ReferralGetPayload<{ select: typeof CLOCK_SELECT }>;

/** The clock's columns for a new clock (or none), with its escalation back at the start. */
export function clockColumns(clock: Clock | null) {
  return {
    clockStep: clock?.step ?? null,
    clockStartedAt: clock?.startedAt ?? null,
    dueAt: clock?.dueAt ?? null,
    escalateAt: clock?.escalateAt ?? null,
    escalation: "NONE" as const,
  } satisfies Prisma.ReferralUncheckedUpdateManyInput;
}

/**
 * The clock columns to write with a status change (lib/service-levels/clock.ts), in the caller's transaction: nothing
 * when the event leaves the clock alone, else the next step's clock under the service level of whoever holds the
 * referral after the change. The service level, the holidays and the offer's wait are read only when a clock starts.
 */
export async function clockChange(
  tx: Prisma.TransactionClient,
  referral: ClockAsRead,
  event: ReferralEventType,
  toStatus: ReferralStatus,
  destinationUnitId: string | null,
  now: Date,
): Promise<Prisma.ReferralUncheckedUpdateManyInput> {
  const next = stepAfter(event, toStatus, destinationUnitId !== null, referral.clockStep);
  if (next === "unchanged") return {};
  if (next === null) return referral.clockStep ? clockColumns(null) : {};
  const startedAt = next.from === "receipt" && referral.clockStartedAt ? referral.clockStartedAt : now;
  return clockColumns(clockFor(next.step, startedAt, await clockContext(tx, destinationUnitId, next.step === "FIRST_MEETING" ? referral.offerId : null)));
}

/** What a clock is counted with: the holder's service level, the holidays and, for the first meeting, the offer's declared wait. */
export async function clockContext(tx: Prisma.TransactionClient, unitId: string | null, offerId: string | null): Promise<ClockContext> {
  const levels = await loadServiceLevels(unitId, tx);
  const holidays = await loadPublicHolidays(tx);
  const offer = offerId ? await tx.offer.findUnique({ where: { id: offerId }, select: { waitingWeeks: true } }) : null;
  return { levels, holidays, waitingWeeks: offer?.waitingWeeks ?? null };
}
