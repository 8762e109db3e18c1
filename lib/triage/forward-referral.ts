import "server-only";
import { socialProfileSelect } from "@/lib/referrals/social-profile";
import { citizenContactSelect } from "@/lib/referrals/citizen-contact";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { LegacyAppError as AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { transitionReferral } from "@/lib/referrals/transition-referral";
import { auditDecision, caseScope, NOT_FOUND_MESSAGE, sayingWhoHasIt, type CaseTarget } from "./case-scope";
import { MAX_EXTRA_OFFERS, NOTE_MAX } from "./schemas";

/** The offers chosen, the first one first; or back to central triage (unit staff only). */
export type ForwardDestination = { offerIds: string[] } | "CENTRAL_TRIAGE";

export interface ForwardInput extends CaseTarget {
  to: ForwardDestination;
  /** To the receiving unit (or, going back to central triage, why: required then). */
  note?: string;
}

export interface ForwardResult {
  referralId: string;
  /** The referrals made for the second and later offers, one per offer. */
  splitReferrals: { id: string; number: number }[];
}

const TO_TRIAGE_NOTE_MIN = 5;

/** What a split referral copies from the original: the same citizen and contact details, referrer, needs and social profile. */
const sourceSelect = {
  id: true,
  number: true,
  idempotencyKey: true,
  referrerOrganisationId: true,
  referrerUserId: true,
  responsibleGpId: true,
  citizenId: true,
  ...citizenContactSelect,
  needs: { select: { id: true } },
  needsText: true,
  diagnoses: true,
  multiMorbidity: true,
  socialNeeds: true,
  socialSituation: true,
  possibleExclusion: true,
  eligibilityUnclear: true,
  unitInformation: true,
  duplicateReason: true,
  route: true,
  routingReasons: true,
  priority: true,
  consentGiven: true,
  consentAt: true,
  messageToReceiver: true,
  sentAt: true,
  socialProfile: { select: socialProfileSelect },
} satisfies Prisma.ReferralSelect;

type Source = Prisma.ReferralGetPayload<{ select: typeof sourceSelect }>;
type Target = { id: string; unitId: string };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Forwards a referral — never back to the referrer. Central triage (on a case it has taken) and unit staff (on a
 * referral at their unit) choose one or more offers that take referrals: the referral goes to the first offer's unit
 * (FORWARDED, then RECEIVED by that unit), and each further offer gets a split referral of its own (same citizen,
 * needs and social profile; parentReferralId the original), all in one transaction. Unit staff may instead send it
 * back to central triage, saying why. `route` is left as it was for a forward to a unit: it tells that central triage
 * handled the referral; `destinationUnitId` tells who has it now.
 */
export async function forwardReferral(user: SessionUser, input: ForwardInput, now = new Date()): Promise<ForwardResult> {
  const scope = caseScope(user);
  const note = input.note?.trim() || undefined;
  if (note && note.length > NOTE_MAX) throw new AppError("INVALID", `Beskeden må højst være ${NOTE_MAX} tegn.`);
  const db = await getDb();
  try {
    return await sayingWhoHasIt(user, input.referralId, () =>
      db.$transaction(async (tx) => {
        const referral = await tx.referral.findFirst({ where: { id: input.referralId, ...scope.visible }, select: sourceSelect });
        if (!referral) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, { subject: { type: "Referral", id: input.referralId } });
        if (input.to === "CENTRAL_TRIAGE") return backToCentralTriage(tx, user, input, scope.decide, note);

        const targets = await forwardTargets(tx, user, input.to.offerIds);
        const [first, ...others] = targets;
        if (!first) throw new AppError("INVALID", "Vælg det tilbud, henvisningen skal sendes til.");
        await transitionReferral(tx, {
          referralId: referral.id,
          expectedVersion: input.expectedVersion,
          event: "FORWARDED",
          actor: user,
          where: scope.decide,
          data: { destinationUnitId: first.unitId, offerId: first.id, assignedToId: null },
          toUnitId: first.unitId,
          note,
        });
        await transitionReferral(tx, { referralId: referral.id, event: "RECEIVED", actor: null, toUnitId: first.unitId });
        const splitReferrals = [];
        for (const [index, offer] of others.entries()) {
          splitReferrals.push(await createSplitReferral(tx, user, referral, offer, note, new Date(now.getTime() + 2 * index)));
        }
        await auditDecision(tx, user, "referral.forward", referral.id, { offerIds: targets.map((t) => t.id), splitReferralIds: splitReferrals.map((s) => s.id) });
        return { referralId: referral.id, splitReferrals };
      }),
    );
  } catch (error) {
    // A split referral for this offer exists already: the referral was sent there before.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Henvisningen er allerede sendt til et af de valgte tilbud. Opdater siden.");
    throw error;
  }
}

/**
 * The chosen offers, in the order chosen: active, taking referrals, at a unit that receives them — and, for unit
 * staff, at another unit (moving a referral inside the unit is not a forward).
 */
async function forwardTargets(tx: Prisma.TransactionClient, user: SessionUser, offerIds: string[]): Promise<Target[]> {
  const ids = offerIds.map((id) => id.trim()).filter(Boolean);
  if (new Set(ids).size !== ids.length) throw new AppError("INVALID", "Du har valgt det samme tilbud mere end én gang.");
  if (ids.length > MAX_EXTRA_OFFERS + 1) throw new AppError("INVALID", `Vælg højst ${MAX_EXTRA_OFFERS + 1} tilbud.`);
  const offers = await tx.offer.findMany({
    where: { id: { in: ids }, isActive: true, takesReferrals: true, unit: { organisationId: { not: null } } },
    select: { id: true, unitId: true },
  });
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  const targets = ids.map((id) => byId.get(id));
  if (targets.some((target) => target === undefined)) {
    throw new AppError("INVALID", "Et af de valgte tilbud tager ikke imod henvisninger lige nu. Vælg et andet.");
  }
  const found = targets as Target[];
  if (!can(user.role, "triage:work") && found.some((target) => target.unitId === user.unitId)) {
    throw new AppError("INVALID", "Vælg et tilbud hos en anden enhed – henvisningen er allerede hos jer.");
  }
  return found;
}

async function backToCentralTriage(tx: Prisma.TransactionClient, user: SessionUser, input: ForwardInput, decide: Prisma.ReferralWhereInput, note: string | undefined): Promise<ForwardResult> {
  if (can(user.role, "triage:work")) throw new AppError("INVALID", "Henvisningen er allerede hos central visitation.");
  if (!note || note.length < TO_TRIAGE_NOTE_MIN) throw new AppError("INVALID", "Skriv til central visitation, hvorfor henvisningen skal videre.");
  await transitionReferral(tx, {
    referralId: input.referralId,
    expectedVersion: input.expectedVersion,
    event: "FORWARDED",
    actor: user,
    where: decide,
    data: { destinationUnitId: null, route: "TRIAGE", assignedToId: null },
    reason: "TO_CENTRAL_TRIAGE",
    note,
  });
  await transitionReferral(tx, { referralId: input.referralId, event: "RECEIVED", actor: null });
  await auditDecision(tx, user, "referral.forward", input.referralId, { toCentralTriage: true });
  return { referralId: input.referralId, splitReferrals: [] };
}

/** One more referral for one more offer: delivered to its unit at once, its own SENT and RECEIVED saying where it came from. */
async function createSplitReferral(tx: Prisma.TransactionClient, user: SessionUser, source: Source, offer: Target, note: string | undefined, at: Date) {
  const { id, number, idempotencyKey, needs, socialProfile, ...copied } = source;
  return tx.referral.create({
    data: {
      ...copied,
      idempotencyKey: `${idempotencyKey}:${offer.id}`,
      parentReferralId: id,
      needs: { connect: needs },
      offerId: offer.id,
      destinationUnitId: offer.unitId,
      status: "RECEIVED",
      socialProfile: socialProfile ? { create: socialProfile } : undefined,
      events: {
        create: [
          {
            type: "SENT",
            toStatus: "SENT",
            actorUserId: user.id,
            actorOrganisationId: user.organisationId,
            actorRole: user.role,
            reason: "SPLIT",
            note: `Delt fra henvisning nr. ${number} af ${user.organisationName}.`,
            createdAt: at,
          },
          { type: "RECEIVED", fromStatus: "SENT", toStatus: "RECEIVED", toUnitId: offer.unitId, note, createdAt: new Date(at.getTime() + 1) },
        ],
      },
    },
    select: { id: true, number: true },
  });
}
