import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyReferrer } from "@/lib/notifications/notify";
import { eventDetailsFor, type EventDetails } from "./event-details";
import { clockColumns, clockContext } from "./referral-clock";
import { changedByOthers } from "./transition-referral";
import { clockFor } from "@/lib/service-levels/clock";

export interface ReferralCreatedInput {
  /** The referral as sent: everything but its status, version and events, which the lifecycle sets, and its needs and social profile (below). */
  referral: Omit<Prisma.ReferralUncheckedCreateInput, "status" | "version" | "events" | "practiceChangedAt" | "needs" | "socialProfile">;
  /** The needs it is for, in the catalogue's words (slugs the caller has checked). */
  needSlugs: string[];
  socialProfile: Omit<Prisma.SocialProfileUncheckedCreateInput, "id" | "referralId"> | null;
  /** Who sent it: the referrer, or central triage or a unit splitting a referral for one more offer. */
  actor: SessionUser;
  at: Date;
  /** Where it was delivered: a unit's inbox, or central triage's queue (null). */
  toUnitId: string | null;
  /** On the SENT event: how the referral came to be (a split), and in words. */
  sent?: { details?: EventDetails; note?: string };
  /** On the RECEIVED event: the message that came with it to the unit. */
  receivedNote?: string;
}

/**
 * The only way a referral comes into being, beside transitionReferral for every later change: the referral, its SENT
 * and its RECEIVED event (delivered to the unit's inbox or the triage queue in the same transaction — the receipt),
 * the "unread" mark when someone outside the sending organisation made it, and the notification of the receipt — in
 * the caller's transaction. The receipt starts the clock of the holder's first step.
 */
export async function recordReferralCreated(tx: Prisma.TransactionClient, input: ReferralCreatedInput) {
  const { actor, at, referral: data } = input;
  // The receipt starts the holder's clock: the unit opens it, or central triage decides (lib/service-levels).
  const clock = clockFor(input.toUnitId ? "UNIT_OPEN" : "TRIAGE_DECISION", at, await clockContext(tx, input.toUnitId, null));
  // Flat writes, each one statement: a nested create would add a look-up per need and a read of the referral after it.
  const referral = await tx.referral.create({
    data: { ...data, status: "RECEIVED", ...clockColumns(clock), ...(changedByOthers(actor, data.referrerOrganisationId) ? { practiceChangedAt: at } : {}) },
    select: { id: true, number: true, referrerOrganisationId: true },
  });
  if (input.needSlugs.length > 0) {
    await tx.$executeRaw`INSERT INTO "_NeedToReferral" ("A", "B") SELECT id, ${referral.id} FROM "Need" WHERE slug = ANY(${input.needSlugs}::text[])`;
  }
  if (input.socialProfile) await tx.socialProfile.create({ data: { ...input.socialProfile, referralId: referral.id }, select: { id: true } });
  const events = await tx.referralEvent.createManyAndReturn({
    data: [
      {
        referralId: referral.id,
        type: "SENT",
        fromStatus: "DRAFT",
        toStatus: "SENT",
        actorUserId: actor.id,
        actorOrganisationId: actor.organisationId,
        actorRole: actor.role,
        details: input.sent?.details && eventDetailsFor("SENT", input.sent.details),
        note: input.sent?.note,
        createdAt: at,
      },
      { referralId: referral.id, type: "RECEIVED", fromStatus: "SENT", toStatus: "RECEIVED", toUnitId: input.toUnitId, note: input.receivedNote, createdAt: new Date(at.getTime() + 1) },
    ],
    select: { id: true, referralId: true, type: true, actorOrganisationId: true },
  });
  const receipt = events.find((event) => event.type === "RECEIVED")!;
  await notifyReferrer(tx, receipt, referral);
  return referral;
}
