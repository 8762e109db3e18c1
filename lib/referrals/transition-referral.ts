import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReferralEventType } from "@/lib/generated/prisma/enums";
import { notifyReferrer } from "@/lib/notifications/notify";
import { eventDetailsFor, type EventDetails } from "./event-details";
import { CLOCK_SELECT, clockChange } from "./referral-clock";
import { CLOSED_STATUSES, nextStatus, TransitionError } from "./transitions";

export interface TransitionInput {
  referralId: string;
  /** The version the user saw; a referral changed by someone else meanwhile is refused (optimistic locking). */
  expectedVersion?: number;
  event: ReferralEventType;
  actor: SessionUser | null;
  /** The referrals the actor may see at all: outside it the referral "does not exist" (404), not "changed" (409). */
  scope?: Prisma.ReferralWhereInput;
  /** Extra where-conditions the change depends on, e.g. `{ assignedToId: null }` for a claim. */
  where?: Prisma.ReferralWhereInput;
  /** Other fields changed with the status (destination, assignment, priority, meeting …). */
  data?: Prisma.ReferralUncheckedUpdateManyInput;
  /** What the event records besides its status: one shape per kind of event (lib/referrals/event-details.ts). */
  details?: EventDetails;
  /** Words a person wrote with the change (a question, an answer, why): shown on the timelines, blanked by retention. */
  note?: string;
  alternativeOfferId?: string;
  alternativeText?: string;
  toUnitId?: string;
  /** The referral as the caller read it in this transaction (decide), so it is not read again; omit to read it here. */
  current?: ReferralAsRead;
}

/** What a transition reads of the referral: the status and version its conditional update depends on, the sender, and the clock. */
export const TRANSITION_SELECT = { status: true, version: true, number: true, referrerOrganisationId: true, ...CLOCK_SELECT } satisfies Prisma.ReferralSelect;

export type ReferralAsRead = Prisma.ReferralGetPayload<{ select: typeof TRANSITION_SELECT }>;

export const CHANGED_BY_SOMEONE_ELSE = "referrals.changedBySomeoneElse";

/** A change by anyone outside the sending organisation is "unread" for the practice until they open the referral. */
export function changedByOthers(actor: SessionUser | null, referrerOrganisationId: string): boolean {
  return actor?.organisationId !== referrerOrganisationId;
}

/**
 * The only way a referral's status changes once it exists (its first events: recordReferralCreated): checks the move against the lifecycle table, updates the referral with a
 * conditional update (status and version as read — by the caller or here —, plus `where`), and writes the status event — in the caller's
 * transaction, with the notification for the sending organisation, and the clock of the step owed next. Two users acting at once: exactly one wins, the
 * other gets a CONFLICT.
 */
export async function transitionReferral(tx: Prisma.TransactionClient, input: TransitionInput) {
  const current = input.current ?? (await tx.referral.findFirst({ where: { id: input.referralId, ...input.scope }, select: TRANSITION_SELECT }));
  if (!current) throw new AppError("NOT_FOUND", "referrals.notFound", { subject: { type: "Referral", id: input.referralId } });
  if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) throw new AppError("CONFLICT", CHANGED_BY_SOMEONE_ELSE);
  let toStatus;
  try {
    toStatus = nextStatus(current.status, input.event);
  } catch (error) {
    if (error instanceof TransitionError) throw new AppError("CONFLICT", CHANGED_BY_SOMEONE_ELSE);
    throw error;
  }
  const byOthers = changedByOthers(input.actor, current.referrerOrganisationId);
  const now = new Date();
  const movedTo = input.data?.destinationUnitId;
  const destinationUnitId = typeof movedTo === "string" || movedTo === null ? movedTo : current.destinationUnitId;
  const updated = await tx.referral.updateMany({
    where: { id: input.referralId, status: current.status, version: current.version, ...input.where },
    data: {
      // The next step's clock (lib/service-levels/clock.ts), when the change moves it; a move may set its own (a follow-up).
      ...(await clockChange(tx, current, input.event, toStatus, destinationUnitId, now)),
      ...input.data,
      status: toStatus,
      version: { increment: 1 },
      ...(byOthers ? { practiceChangedAt: now } : {}),
      // The retention period of a closed referral runs from here (lib/retention), not from a follow-up recorded later.
      ...(CLOSED_STATUSES.includes(toStatus) && !CLOSED_STATUSES.includes(current.status) ? { closedAt: now } : {}),
    },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", CHANGED_BY_SOMEONE_ELSE);
  const event = await tx.referralEvent.create({
    data: {
      referralId: input.referralId,
      type: input.event,
      fromStatus: current.status,
      toStatus,
      actorUserId: input.actor?.id,
      actorOrganisationId: input.actor?.organisationId,
      actorRole: input.actor?.role,
      details: input.details && eventDetailsFor(input.event, input.details),
      note: input.note,
      alternativeOfferId: input.alternativeOfferId,
      alternativeText: input.alternativeText,
      toUnitId: input.toUnitId,
    },
  });
  await notifyReferrer(tx, event, current);
  return event;
}
