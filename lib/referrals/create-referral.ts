import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { ageBandOf } from "@/lib/citizens/age-band";
import { ageOn } from "@/lib/citizens/cpr";
import { getDb, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scoreScreening } from "@/lib/screening/score";
import { findDuplicates } from "./find-duplicates";
import { linkReferredAgain } from "./refer-again";
import { recordReferralCreated } from "./record-referral-created";
import { routeForInput } from "./route-for-input";
import type { ParsedCpr, ReferralInput } from "./schemas";

export type CreateReferralResult =
  | { kind: "sent"; referralId: string; number: number; alreadySent: boolean }
  | { kind: "duplicate"; duplicates: Awaited<ReturnType<typeof findDuplicates>> };

/** A busy moment (many practices sending at once) waits for a connection rather than failing after Prisma's 2 s. */
const SENDING = { maxWait: 10_000, timeout: 20_000 };

/**
 * Sends a referral exactly once: the idempotency key comes from the form, so a double click, a network retry or a
 * reload after sending returns the referral already made. Routes it (unit or central triage, with reasons), keeps the
 * citizen's contact details as this referrer gave them on the referral (decision 006), records the shared social
 * profile, records it as sent and received (recordReferralCreated: the receipt the practice sees), audits it, and removes the draft.
 */
export async function createReferral(user: SessionUser, input: ReferralInput, now = new Date()): Promise<CreateReferralResult> {
  const { cpr } = input;
  const db = await getDb();
  const attempt = () => db.$transaction((tx) => sendOnce(tx, user, input, cpr, now), SENDING);
  try {
    return await attempt();
  } catch (error) {
    // Another organisation created the same new citizen at the same moment (the CPR number is unique), or the same
    // key came with another citizen (another lock): once more, now seeing what the winner committed.
    if (!isUniqueViolation(error)) throw error;
    return await attempt();
  }
}

/**
 * One attempt in one transaction, one statement more than without the lock. Sends for the same organisation and
 * citizen wait for each other here (pg_advisory_xact_lock, released at commit; PGlite has one connection and grants it
 * at once): the duplicate check then sees the referral a parallel send just made, so the second sender is warned
 * instead of making a second open referral, and a parallel identical request finds the first one's key. The lock is on
 * what the check compares — the organisation and the citizen. Not the offer: an open triage case for the citizen
 * counts against every offer, so a lock per offer would let those two race (same citizen, same organisation, same
 * moment is rare, so the wider lock costs nothing).
 */
async function sendOnce(tx: Prisma.TransactionClient, user: SessionUser, input: ReferralInput, cpr: ParsedCpr, now: Date): Promise<CreateReferralResult> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`referral-send:${user.organisationId}:${cpr.cpr}`}, 0))`;
  const already = await tx.referral.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, number: true, referrerOrganisationId: true } });
  if (already) return sentBefore(user, already);
  if (!input.duplicateReason) {
    const duplicates = await findDuplicates(user, cpr.cpr, input.offerSlug, tx);
    if (duplicates.length > 0) return { kind: "duplicate", duplicates };
  }
  const created = await insertReferral(tx, user, input, cpr, now);
  return { kind: "sent", referralId: created.id, number: created.number, alreadySent: false };
}

function sentBefore(user: SessionUser, referral: { id: string; number: number; referrerOrganisationId: string }): CreateReferralResult {
  if (referral.referrerOrganisationId !== user.organisationId) throw new AppError("CONFLICT", "referrals.keyTaken");
  return { kind: "sent", referralId: referral.id, number: referral.number, alreadySent: true };
}

async function insertReferral(tx: Prisma.TransactionClient, user: SessionUser, input: ReferralInput, cpr: ParsedCpr, now: Date) {
  const route = await routeForInput(tx, input, now);
  const responsibleGpId = await responsibleGp(tx, user, input.responsibleGpId);
  const citizen = await findOrCreateCitizen(tx, cpr.cpr);
  const again = await linkReferredAgain(tx, user, input.previousReferralId);
  const referral = await recordReferralCreated(tx, {
    actor: user,
    at: now,
    toUnitId: route.destination === "UNIT" ? route.unitId : null,
    referral: {
      idempotencyKey: input.idempotencyKey,
      referrerOrganisationId: user.organisationId,
      referrerUserId: user.id,
      responsibleGpId,
      citizenId: citizen.id,
      citizenName: input.citizenName,
      citizenPhone: input.phone ?? null,
      citizenBestTimeToCall: input.bestTimeToCall ?? null,
      citizenPreferredChannel: input.preferredChannel ?? null,
      citizenLanguage: input.language,
      citizenNeedsInterpreter: input.needsInterpreter,
      citizenDistrict: input.district ?? null,
      needsText: input.needsText,
      diagnoses: input.diagnoses,
      multiMorbidity: input.multiMorbidity,
      socialNeeds: input.socialNeeds,
      socialSituation: input.socialSituation,
      barriers: input.barriers,
      barrierNote: input.barrierNote,
      screening: input.screening ? { answers: input.screening, result: scoreScreening(input.screening, cpr.sex) } : undefined,
      possibleExclusion: input.possibleExclusion,
      eligibilityUnclear: input.eligibilityUnclear,
      unitInformation: input.unitInformation,
      duplicateReason: input.duplicateReason,
      previousReferralId: again?.previousReferralId ?? null,
      offerId: route.destination === "UNIT" ? route.offerId : route.chosenOfferId,
      route: route.destination,
      routingReasons: route.reasons,
      destinationUnitId: route.destination === "UNIT" ? route.unitId : null,
      consentGiven: input.consent,
      consentAt: now,
      messageToReceiver: input.messageToReceiver,
      sentAt: now,
    },
    needSlugs: input.needSlugs,
    socialProfile: {
      ageBand: ageBandOf(ageOn(cpr.birthDate, now)),
      sex: cpr.sex,
      district: input.district ?? null,
      educationLevel: input.educationLevel,
      employmentStatus: input.employmentStatus,
      livesAlone: input.livesAlone,
      language: input.language,
      needsInterpreter: input.needsInterpreter,
      chronicConditionCount: input.chronicConditionCount ?? null,
      barriers: input.barriers,
      referrerType: user.organisationType,
    },
  });
  await again?.record(referral);
  await tx.referralDraft.deleteMany({ where: { idempotencyKey: input.idempotencyKey, userId: user.id } });
  await recordAudit({ actor: user, action: "referral.create", entityType: "Referral", entityId: referral.id, citizenId: citizen.id }, tx);
  return referral;
}

/**
 * The shared citizen row holds only the CPR number (decision 006), so it is created when missing and never updated.
 * FOR KEY SHARE waits while the retention job pseudonymises this citizen (it holds the row FOR UPDATE); afterwards the
 * CPR number no longer matches, and the referral gets a new citizen row instead of joining the pseudonymised one.
 */
async function findOrCreateCitizen(tx: Prisma.TransactionClient, cpr: string): Promise<{ id: string }> {
  const [found] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Citizen" WHERE cpr = ${cpr} FOR KEY SHARE`;
  return found ?? (await tx.citizen.create({ data: { cpr }, select: { id: true } }));
}

/** GPs are responsible themselves; staff name a GP of their own practice (or the practice's only GP is used). */
async function responsibleGp(tx: Prisma.TransactionClient, user: SessionUser, chosen: string | undefined): Promise<string | null> {
  if (user.role === "GP") return user.id;
  if (user.organisationType !== "GP_PRACTICE") return null;
  const gps = await tx.user.findMany({ where: { organisationId: user.organisationId, role: "GP" }, select: { id: true } });
  if (chosen && gps.some((gp) => gp.id === chosen)) return chosen;
  if (gps.length === 1) return gps[0]!.id;
  throw new AppError("INVALID", "referrals.responsibleGpMissing");
}
