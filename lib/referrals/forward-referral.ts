import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { citizenContactSelect } from "./citizen-contact";
import { decide, staffScope, type CaseTarget, type Move } from "./decide";
import { recordReferralCreated } from "./record-referral-created";
import { referralAnswersSelect } from "./referral-answers";
import { socialProfileSelect } from "./social-profile";
import { transitionReferral } from "./transition-referral";

/** The offers chosen, the first one first; or back to central triage (unit staff only). */
export type ForwardDestination = { offerIds: string[] } | "CENTRAL_TRIAGE";

/** As forwardSchema (or, from a unit, unitForwardSchema) gives it: the offers are distinct and few enough, a send-back says why. */
export interface ForwardInput extends CaseTarget {
  to: ForwardDestination;
  /** To the receiving unit (or, going back to central triage, why). */
  note?: string;
}

export interface ForwardResult {
  referralId: string;
  /** The referrals made for the second and later offers, one per offer. */
  splitReferrals: { id: string; number: number }[];
}

/** What a split referral copies from the original: the same citizen and contact details, referrer, answers, needs and social profile. */
const sourceSelect = {
  id: true,
  number: true,
  idempotencyKey: true,
  referrerOrganisationId: true,
  referrerUserId: true,
  responsibleGpId: true,
  citizenId: true,
  ...citizenContactSelect,
  needs: { select: { slug: true } },
  ...referralAnswersSelect,
  route: true,
  routingReasons: true,
  priority: true,
  sentAt: true,
  socialProfile: { select: socialProfileSelect },
} satisfies Prisma.ReferralSelect;

type Source = Prisma.ReferralGetPayload<{ select: typeof sourceSelect }>;
type Target = { id: string; unitId: string };

/**
 * Forwards a referral — never back to the referrer. Central triage (on a case it has taken) and unit staff (on a
 * referral at their unit) choose one or more offers that take referrals: the referral goes to the first offer's unit
 * (FORWARDED, then RECEIVED by that unit), and each further offer gets a split referral of its own (same citizen,
 * needs and social profile; parentReferralId the original), all in one transaction. Unit staff may instead send it
 * back to central triage, saying why. `route` is left as it was for a forward to a unit: it tells that central triage
 * handled the referral; `destinationUnitId` tells who has it now.
 */
export async function forwardReferral(user: SessionUser, input: ForwardInput, now = new Date()): Promise<ForwardResult> {
  const scope = staffScope(user);
  const { to, note } = input;
  const splitReferrals: ForwardResult["splitReferrals"] = [];
  // Found in the transaction before the change, used after it.
  let targets: Target[] = [];
  let source: Source | undefined;
  const move: Move =
    to === "CENTRAL_TRIAGE"
      ? {
          scope,
          event: "FORWARDED",
          data: { destinationUnitId: null, route: "TRIAGE", assignedToId: null },
          details: { kind: "TO_CENTRAL_TRIAGE" },
          note,
          audit: "referral.forward",
          auditDetails: { toCentralTriage: true },
          before: async () => {
            if (scope === "triage") throw new AppError("INVALID", "decisions.alreadyWithTriage");
          },
          after: async (tx) => {
            await transitionReferral(tx, { referralId: input.referralId, event: "RECEIVED", actor: null });
          },
        }
      : {
          scope,
          event: "FORWARDED",
          note,
          audit: "referral.forward",
          before: async (tx) => {
            targets = await forwardTargets(tx, user, to.offerIds);
            source = await tx.referral.findUniqueOrThrow({ where: { id: input.referralId }, select: sourceSelect });
            const first = targets[0]!;
            return { data: { destinationUnitId: first.unitId, offerId: first.id, assignedToId: null }, toUnitId: first.unitId };
          },
          after: async (tx) => {
            const [first, ...others] = targets;
            await transitionReferral(tx, { referralId: input.referralId, event: "RECEIVED", actor: null, toUnitId: first!.unitId });
            for (const [index, offer] of others.entries()) {
              splitReferrals.push(await createSplitReferral(tx, user, source!, offer, note, new Date(now.getTime() + 2 * index)));
            }
            return { offerIds: targets.map((target) => target.id), splitReferralIds: splitReferrals.map((split) => split.id) };
          },
        };
  try {
    await decide(user, input, move);
    return { referralId: input.referralId, splitReferrals };
  } catch (error) {
    // A split referral for this offer exists already: the referral was sent there before.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "decisions.alreadySentToOffer");
    throw error;
  }
}

/**
 * The chosen offers, in the order chosen: active, taking referrals, at a unit that receives them — and, for unit
 * staff, at another unit (moving a referral inside the unit is not a forward).
 */
async function forwardTargets(tx: Prisma.TransactionClient, user: SessionUser, offerIds: string[]): Promise<Target[]> {
  const offers = await tx.offer.findMany({
    where: { id: { in: offerIds }, isActive: true, takesReferrals: true, unit: { organisationId: { not: null } } },
    select: { id: true, unitId: true },
  });
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  const targets = offerIds.map((id) => byId.get(id));
  if (targets.length === 0 || targets.some((target) => target === undefined)) {
    throw new AppError("INVALID", "decisions.offerNotTaking");
  }
  const found = targets as Target[];
  if (!can(user.role, "triage:work") && found.some((target) => target.unitId === user.unitId)) {
    throw new AppError("INVALID", "decisions.offerAtOwnUnit");
  }
  return found;
}

/** One more referral for one more offer, delivered to its unit at once; its SENT event says where it came from. */
async function createSplitReferral(tx: Prisma.TransactionClient, user: SessionUser, source: Source, offer: Target, note: string | undefined, at: Date) {
  const { id, number, idempotencyKey, needs, socialProfile, screening, ...copied } = source;
  return recordReferralCreated(tx, {
    actor: user,
    at,
    toUnitId: offer.unitId,
    referral: {
      ...copied,
      screening: screening ?? Prisma.DbNull,
      idempotencyKey: `${idempotencyKey}:${offer.id}`,
      parentReferralId: id,
      offerId: offer.id,
      destinationUnitId: offer.unitId,
    },
    needSlugs: needs.map((need) => need.slug),
    socialProfile,
    sent: { details: { kind: "SPLIT" }, note: `Delt fra henvisning nr. ${number} af ${user.organisationName}.` },
    receivedNote: note,
  });
}
