import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { ageBandOf } from "@/lib/citizens/age-band";
import { ageOn, parseCpr } from "@/lib/citizens/cpr";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifyReferrer } from "@/lib/notifications/notify";
import { findDuplicates } from "./find-duplicates";
import { routeForInput } from "./route-for-input";
import type { ReferralInput } from "./schemas";

export type CreateReferralResult =
  | { kind: "sent"; referralId: string; number: number; alreadySent: boolean }
  | { kind: "duplicate"; duplicates: Awaited<ReturnType<typeof findDuplicates>> };

/** A busy moment (many practices sending at once) waits for a connection rather than failing after Prisma's 2 s. */
const SENDING = { maxWait: 10_000, timeout: 20_000 };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Sends a referral exactly once: the idempotency key comes from the form, so a double click, a network retry or a
 * reload after sending returns the referral already made. Routes it (unit or central triage, with reasons), records the
 * shared social profile, writes SENT and RECEIVED (the receipt the practice sees), audits it, and removes the draft.
 */
export async function createReferral(user: SessionUser, input: ReferralInput, now = new Date()): Promise<CreateReferralResult> {
  const db = await getDb();
  const existing = () =>
    db.referral.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, number: true, referrerOrganisationId: true } });
  const already = await existing();
  if (already) return sentBefore(user, already);

  if (!input.duplicateReason) {
    const duplicates = await findDuplicates(user, input.cpr, input.offerSlug);
    if (duplicates.length > 0) return { kind: "duplicate", duplicates };
  }
  try {
    const created = await db.$transaction((tx) => insertReferral(tx, user, input, now), SENDING);
    return { kind: "sent", referralId: created.id, number: created.number, alreadySent: false };
  } catch (error) {
    // A simultaneous identical request won the race on the idempotency key (or on the new citizen's CPR).
    if (!isUniqueViolation(error)) throw error;
    const winner = await existing();
    if (winner) return sentBefore(user, winner);
    const created = await db.$transaction((tx) => insertReferral(tx, user, input, now), SENDING);
    return { kind: "sent", referralId: created.id, number: created.number, alreadySent: false };
  }
}

function sentBefore(user: SessionUser, referral: { id: string; number: number; referrerOrganisationId: string }): CreateReferralResult {
  if (referral.referrerOrganisationId !== user.organisationId) throw new AppError("CONFLICT", "Formularen er allerede brugt. Genindlæs siden.");
  return { kind: "sent", referralId: referral.id, number: referral.number, alreadySent: true };
}

async function insertReferral(tx: Prisma.TransactionClient, user: SessionUser, input: ReferralInput, now: Date) {
  const cpr = parseCpr(input.cpr);
  if (!cpr.ok) throw new AppError("INVALID", "CPR-nummeret er ikke gyldigt.");
  const route = await routeForInput(tx, input, now);
  const responsibleGpId = await responsibleGp(tx, user, input.responsibleGpId);
  const contact = {
    name: input.citizenName,
    phone: input.phone ?? null,
    bestTimeToCall: input.bestTimeToCall ?? null,
    preferredChannel: input.preferredChannel ?? null,
    language: input.language,
    needsInterpreter: input.needsInterpreter,
    district: input.district ?? null,
  };
  const citizen = await tx.citizen.upsert({ where: { cpr: cpr.cpr }, update: contact, create: { cpr: cpr.cpr, ...contact } });
  const referral = await tx.referral.create({
    data: {
      idempotencyKey: input.idempotencyKey,
      referrerOrganisationId: user.organisationId,
      referrerUserId: user.id,
      responsibleGpId,
      citizenId: citizen.id,
      needs: { connect: input.needSlugs.map((slug) => ({ slug })) },
      needsText: input.needsText,
      diagnoses: input.diagnoses,
      multiMorbidity: input.multiMorbidity,
      socialNeeds: input.socialNeeds,
      socialSituation: input.socialSituation,
      possibleExclusion: input.possibleExclusion,
      eligibilityUnclear: input.eligibilityUnclear,
      unitInformation: input.unitInformation,
      duplicateReason: input.duplicateReason,
      offerId: route.destination === "UNIT" ? route.offerId : input.offerSlug ? ((await tx.offer.findUnique({ where: { slug: input.offerSlug }, select: { id: true } }))?.id ?? null) : null,
      route: route.destination,
      routingReasons: route.reasons,
      destinationUnitId: route.destination === "UNIT" ? route.unitId : null,
      status: "RECEIVED",
      consentGiven: input.consent,
      consentAt: now,
      messageToReceiver: input.messageToReceiver,
      sentAt: now,
      socialProfile: {
        create: {
          ageBand: ageBandOf(ageOn(cpr.birthDate, now)),
          sex: cpr.sex,
          district: input.district ?? null,
          educationLevel: input.educationLevel,
          employmentStatus: input.employmentStatus,
          livesAlone: input.livesAlone,
          language: input.language,
          needsInterpreter: input.needsInterpreter,
          chronicConditionCount: input.chronicConditionCount ?? null,
          referrerType: user.organisationType,
        },
      },
      events: {
        create: [
          { type: "SENT", fromStatus: "DRAFT", toStatus: "SENT", actorUserId: user.id, actorOrganisationId: user.organisationId, actorRole: user.role, createdAt: now },
          // Delivered to the unit's inbox or the triage queue in the same transaction: the receipt.
          { type: "RECEIVED", fromStatus: "SENT", toStatus: "RECEIVED", toUnitId: route.destination === "UNIT" ? route.unitId : null, createdAt: new Date(now.getTime() + 1) },
        ],
      },
    },
    select: { id: true, number: true },
  });
  const receipt = await tx.referralEvent.findFirstOrThrow({ where: { referralId: referral.id, type: "RECEIVED" }, select: { id: true, referralId: true, type: true, actorOrganisationId: true } });
  await notifyReferrer(tx, receipt);
  await tx.referralDraft.deleteMany({ where: { idempotencyKey: input.idempotencyKey, userId: user.id } });
  await recordAudit({ actor: user, action: "referral.create", entityType: "Referral", entityId: referral.id, citizenId: citizen.id }, tx);
  return referral;
}

/** GPs are responsible themselves; staff name a GP of their own practice (or the practice's only GP is used). */
async function responsibleGp(tx: Prisma.TransactionClient, user: SessionUser, chosen: string | undefined): Promise<string | null> {
  if (user.role === "GP") return user.id;
  if (user.organisationType !== "GP_PRACTICE") return null;
  const gps = await tx.user.findMany({ where: { organisationId: user.organisationId, role: "GP" }, select: { id: true } });
  if (chosen && gps.some((gp) => gp.id === chosen)) return chosen;
  if (gps.length === 1) return gps[0]!.id;
  throw new AppError("INVALID", "Vælg den ansvarlige læge i praksis.");
}
