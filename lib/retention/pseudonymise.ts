import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { newPseudonym, PSEUDONYMISED_NAME, retentionCutoff } from "./pseudonym";

// Retention (docs/security.md, "Retention"): a referral closed longer ago than the retention period loses what
// identifies the citizen and the free text that may hold health details. What stays: the status events (type, time,
// actor, the codes and times of their details), the social profile (anonymous statistics for the reach overview) and the audit log, which is
// never changed or deleted here — its rows keep pointing at the (pseudonymised) citizen.

export interface RetentionOptions {
  retentionDays: number;
  /** Referrals per transaction. */
  batchSize: number;
}

export interface RetentionRun {
  referrals: number;
  citizens: number;
}

/**
 * The referral's free text and the contact details the referrer gave on it, emptied. Its structured fields (needs,
 * flags, barriers, routing, dates, language and interpreter need) stay for statistics.
 */
const CLEARED_REFERRAL = {
  citizenName: PSEUDONYMISED_NAME,
  citizenPhone: null,
  citizenBestTimeToCall: null,
  citizenPreferredChannel: null,
  citizenDistrict: null,
  needsText: null,
  socialSituation: null,
  barrierNote: null,
  screening: Prisma.DbNull,
  messageToReceiver: null,
  unitInformation: null,
  duplicateReason: null,
  firstMeetingPlace: null,
  diagnoses: [],
} satisfies Prisma.ReferralUpdateManyMutationInput;

/** The citizen's identity: the CPR number becomes a pseudonym (the column is unique). The row holds nothing else. */
const clearedCitizen = (now: Date) => ({ cpr: newPseudonym(), pseudonymisedAt: now }) satisfies Prisma.CitizenUpdateManyMutationInput;

/**
 * A batch is some hundred statements (two per citizen): on a busy machine, or with both instances' workers starting it
 * at once, it outlasts Prisma's default 5 s and is rolled back, and the job waits an hour to try again (seen in the
 * bench's scale-out run). maxWait: how long it may wait for a connection of the pool.
 */
const BATCH_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/**
 * Pseudonymises every referral closed before `now - retentionDays` that is not pseudonymised yet, `batchSize` at a
 * time, each batch in one transaction. A citizen is pseudonymised once none of their referrals is kept with identity
 * any more. Idempotent, and safe with several workers at once: a batch takes its referrals with FOR UPDATE SKIP
 * LOCKED, so two workers never take the same one, and every update is conditional on `pseudonymisedAt` still empty.
 */
export async function pseudonymiseClosedReferrals(db: Db, now: Date, options: RetentionOptions): Promise<RetentionRun> {
  const cutoff = retentionCutoff(now, options.retentionDays);
  const run: RetentionRun = { referrals: 0, citizens: 0 };
  for (;;) {
    const batch = await db.$transaction((tx) => pseudonymiseBatch(tx, now, cutoff, options.batchSize), BATCH_TRANSACTION);
    run.referrals += batch.referrals;
    run.citizens += batch.citizens;
    // A short batch means nothing else is due (or another worker holds the rest and will finish it).
    if (batch.taken < options.batchSize) return run;
  }
}

async function pseudonymiseBatch(tx: Prisma.TransactionClient, now: Date, cutoff: Date, batchSize: number) {
  const taken = await tx.$queryRaw<{ id: string; citizenId: string; idempotencyKey: string }[]>`
    SELECT id, "citizenId", "idempotencyKey" FROM "Referral"
    WHERE "closedAt" < ${cutoff} AND "pseudonymisedAt" IS NULL
    ORDER BY "closedAt", id
    LIMIT ${batchSize}
    FOR UPDATE SKIP LOCKED`;
  if (taken.length === 0) return { taken: 0, referrals: 0, citizens: 0 };
  const referralIds = taken.map((referral) => referral.id);
  const { count: referrals } = await tx.referral.updateMany({
    where: { id: { in: referralIds }, pseudonymisedAt: null },
    data: { ...CLEARED_REFERRAL, pseudonymisedAt: now },
  });
  await tx.referralEvent.updateMany({
    where: { referralId: { in: referralIds }, OR: [{ note: { not: null } }, { alternativeText: { not: null } }] },
    data: { note: null, alternativeText: null },
  });
  // Details hold codes and times, except the words of a reason from before they were typed (lib/referrals/event-details).
  await tx.referralEvent.updateMany({ where: { referralId: { in: referralIds }, details: { path: ["kind"], equals: "TEXT" } }, data: { details: Prisma.DbNull } });
  await tx.contactAttempt.updateMany({ where: { referralId: { in: referralIds }, note: { not: null } }, data: { note: null } });
  // A letter to the citizen names them and the meeting: its content goes, the record that it was made and printed stays.
  await tx.citizenLetter.updateMany({ where: { referralId: { in: referralIds }, NOT: { content: { equals: Prisma.DbNull } } }, data: { content: Prisma.DbNull } });
  // A draft is deleted when its referral is sent; one saved in the same instant as the sending can stay behind.
  await tx.referralDraft.deleteMany({ where: { idempotencyKey: { in: taken.map((referral) => referral.idempotencyKey) } } });

  let citizens = 0;
  // In one order, so two workers taking the same citizens' locks wait for each other instead of deadlocking.
  for (const citizenId of [...new Set(taken.map((referral) => referral.citizenId))].sort()) {
    if (await pseudonymiseCitizen(tx, citizenId, now)) citizens += 1;
  }
  await recordAudit({ actor: null, action: "retention.pseudonymise", entityType: "Referral", details: { referralIds, citizensPseudonymised: citizens } }, tx);
  return { taken: taken.length, referrals, citizens };
}

/**
 * The citizen keeps their identity while any of their referrals does (open, or closed within the retention period).
 * The row is locked first: a referral being sent for this citizen right now (createReferral finds the citizen by CPR
 * number FOR KEY SHARE) either committed before the lock — then the check below sees it and the identity stays — or
 * waits for this transaction, finds no citizen with that CPR number any more, and creates a new one.
 */
async function pseudonymiseCitizen(tx: Prisma.TransactionClient, citizenId: string, now: Date): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM "Citizen" WHERE id = ${citizenId} FOR UPDATE`;
  const { count } = await tx.citizen.updateMany({
    where: { id: citizenId, pseudonymisedAt: null, referrals: { none: { pseudonymisedAt: null } } },
    data: clearedCitizen(now),
  });
  return count === 1;
}
