import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { LegacyAppError as AppError } from "@/lib/errors";
import type { CaseTarget } from "@/lib/triage/case-scope";
import { MIN_CONTACT_ATTEMPTS, NOT_REACHED_TOO_EARLY } from "./schemas";
import { moveAtUnit } from "./unit-scope";

/**
 * The unit could not reach the citizen — only after logged contact attempts (DOMAIN.md), counted in the same
 * transaction as the change, so the GP knows the unit really tried before the referral closes.
 */
export async function markNotReached(user: SessionUser, target: CaseTarget) {
  return moveAtUnit(user, target, { event: "NOT_REACHED", audit: "referral.not_reached" }, async (tx) => {
    const attempts = await tx.contactAttempt.count({ where: { referralId: target.referralId } });
    if (attempts < MIN_CONTACT_ATTEMPTS) throw new AppError("INVALID", NOT_REACHED_TOO_EARLY);
  });
}
