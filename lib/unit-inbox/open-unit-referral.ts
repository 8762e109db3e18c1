import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { transitionReferral } from "@/lib/referrals/transition-referral";
import { auditDecision, decisionScope } from "@/lib/referrals/decide";
import { caseSelectFor, triageCaseSelect } from "@/lib/triage/get-triage-case";

/** The referral as the unit works it: what central triage reads, plus the first meeting and the contact attempts. */
const unitReferralSelect = {
  ...triageCaseSelect,
  firstMeetingAt: true,
  firstMeetingPlace: true,
  clockStep: true,
  contactAttempts: {
    orderBy: [{ attemptedAt: "asc" }, { id: "asc" }],
    select: { id: true, channel: true, outcome: true, note: true, attemptedAt: true, user: { select: { name: true } } },
  },
} satisfies Prisma.ReferralSelect;

export type UnitReferral = Prisma.ReferralGetPayload<{ select: typeof unitReferralSelect }>;

/**
 * Opens one referral at the user's unit for reading, or null (another unit's referral is not found) — it writes: the
 * first opening marks it seen:
 * a SEEN event, only from RECEIVED and only if there is none yet, so the practice sees that the unit has read it.
 * The page shows the full CPR number, so every view is audit-logged as "citizen.cpr.read" (Sundhedsloven §42a).
 */
export async function openUnitReferral(user: SessionUser, referralId: string): Promise<UnitReferral | null> {
  const scope = decisionScope(user, "unit").visible;
  const db = await getDb();
  const where = { id: referralId, ...scope };
  const select = caseSelectFor(user, unitReferralSelect);
  let referral = await db.referral.findFirst({ where, select });
  if (!referral) return null;
  if (referral.status === "RECEIVED" && !referral.events.some((event) => event.type === "SEEN")) {
    try {
      await db.$transaction(async (tx) => {
        await transitionReferral(tx, { referralId, expectedVersion: referral!.version, event: "SEEN", actor: user, where: { ...scope, events: { none: { type: "SEEN" } } } });
        await auditDecision(tx, user, "referral.seen", { id: referralId, citizenId: referral!.citizen.id });
      });
    } catch (error) {
      // Someone opened or changed it at the same moment: their change stands, and the page shows it.
      if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
    }
    referral = await db.referral.findFirst({ where, select });
    if (!referral) return null;
  }
  await recordAudit({ actor: user, action: "citizen.cpr.read", entityType: "Referral", entityId: referral.id, citizenId: referral.citizen.id });
  return referral;
}
