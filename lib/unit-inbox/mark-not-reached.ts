import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import { MIN_CONTACT_ATTEMPTS } from "./schemas";

/**
 * The unit could not reach the citizen — only after logged contact attempts (never on a first try), counted in the same
 * transaction as the change, so the GP knows the unit really tried before the referral closes.
 */
export async function markNotReached(user: SessionUser, target: CaseTarget) {
  return decide(user, target, {
    scope: "unit",
    event: "NOT_REACHED",
    audit: "referral.not_reached",
    before: async (tx) => {
      const attempts = await tx.contactAttempt.count({ where: { referralId: target.referralId } });
      if (attempts < MIN_CONTACT_ATTEMPTS) throw new AppError("INVALID", "unitInbox.notReachedTooEarly", { values: { min: MIN_CONTACT_ATTEMPTS } });
    },
  });
}
