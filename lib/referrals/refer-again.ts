import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { saveDraft } from "./drafts";
import { appendEvent } from "./append-event";
import { citizenContactSelect } from "./citizen-contact";
import { referralAnswersSelect } from "./referral-answers";
import { listSentReferralAlternatives, sentRoutingSelect } from "./form-alternatives";
import { referAgainValues } from "./refer-again-values";
import type { ReferAgainInput } from "./schemas";
import { CLOSED_STATUSES } from "./transitions";

const repeatSelect = {
  id: true,
  citizenId: true,
  citizen: { select: { cpr: true } },
  ...citizenContactSelect,
  needs: { select: { slug: true } },
  ...referralAnswersSelect,
  responsibleGpId: true,
  socialProfile: { select: { educationLevel: true, employmentStatus: true, livesAlone: true, chronicConditionCount: true } },
} satisfies Prisma.ReferralSelect;

/**
 * "Henvis til alternativet": a new draft of the referral form, filled in from one of the organisation's closed
 * referrals (citizen, contact preferences, needs, barriers, social profile) with the offer to refer to now, under a new
 * idempotency key, so nothing is typed again and sending it makes exactly one referral, linked to this one. The draft
 * holds the citizen's CPR number: audit-logged. A referral still open, emptied by retention, or another
 * organisation's is not found.
 */
export async function referAgain(user: SessionUser, input: ReferAgainInput): Promise<{ idempotencyKey: string }> {
  const db = await getDb();
  const referral = await db.referral.findFirst({
    where: { id: input.referralId, referrerOrganisationId: user.organisationId, status: { in: [...CLOSED_STATUSES] }, pseudonymisedAt: null },
    select: repeatSelect,
  });
  if (!referral) throw new AppError("NOT_FOUND", "referrals.referAgainNotFound", { subject: { type: "Referral", id: input.referralId } });
  const idempotencyKey = randomUUID();
  await saveDraft(user, idempotencyKey, referAgainValues(referral, input.offerSlug ?? ""));
  await recordAudit({ actor: user, action: "referral.refer_again", entityType: "Referral", entityId: referral.id, citizenId: referral.citizenId, details: { idempotencyKey } });
  return { idempotencyKey };
}

/**
 * When a referral made again is sent: the link to the closed referral it came from, checked to be the organisation's
 * own, and a REFERRED_AGAIN event on that one's timeline — in the sending transaction. Null when it names none.
 */
export async function linkReferredAgain(tx: Prisma.TransactionClient, user: SessionUser, previousReferralId: string | undefined) {
  if (!previousReferralId) return null;
  const previous = await tx.referral.findFirst({ where: { id: previousReferralId, referrerOrganisationId: user.organisationId }, select: { id: true, status: true } });
  if (!previous) throw new AppError("NOT_FOUND", "referrals.previousReferralUnknown", { subject: { type: "Referral", id: previousReferralId } });
  return {
    previousReferralId: previous.id,
    /** Written once the new referral exists, with its id and number. */
    record: async (created: { id: string; number: number }) => {
      await appendEvent(tx, { referralId: previous.id, status: previous.status, type: "REFERRED_AGAIN", actor: user, details: { kind: "REFERRED_AGAIN", referralId: created.id, number: created.number } });
    },
  };
}

export interface ReferAgainOffer {
  slug: string;
  title: string;
}

/**
 * The offers a closed referral can be made again to in one click: those it pointed on to (a decline's alternative, a
 * closing's next step), then the next-best offers for its own offer that the citizen fits (the referral form's
 * proposals, lib/referrals/form-alternatives.ts), each once. None for another organisation's referral, one still open,
 * or one emptied by retention.
 */
export async function listReferAgainOffers(user: SessionUser, referralId: string, pointedTo: ReferAgainOffer[]): Promise<ReferAgainOffer[]> {
  const db = await getDb();
  const referral = await db.referral.findFirst({
    where: { id: referralId, referrerOrganisationId: user.organisationId, status: { in: [...CLOSED_STATUSES] }, pseudonymisedAt: null },
    select: sentRoutingSelect,
  });
  if (!referral) return [];
  const nextBest = await listSentReferralAlternatives(db, referral);
  const all = [...pointedTo, ...nextBest.map(({ offer }) => ({ slug: offer.slug, title: offer.title }))];
  return [...new Map(all.map((offer) => [offer.slug, offer])).values()];
}

/** The number of the organisation's own referral a draft was made again from, for the form to say so; null otherwise. */
export async function referredAgainFrom(user: SessionUser, previousReferralId: string | undefined): Promise<number | null> {
  if (!previousReferralId) return null;
  const db = await getDb();
  return (await db.referral.findFirst({ where: { id: previousReferralId, referrerOrganisationId: user.organisationId }, select: { number: true } }))?.number ?? null;
}
