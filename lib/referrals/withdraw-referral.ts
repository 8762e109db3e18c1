import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide } from "./decide";
import { tellHolder } from "./messages";
import type { WithdrawInput } from "./schemas";

/**
 * The sending organisation withdraws its referral (the citizen no longer wants it, or it was sent by mistake), with a
 * reason, from any open status the lifecycle allows: the WITHDRAWN event carries the reason, the unit or central triage
 * holding it is told, and nobody owes a next step. Another organisation's referral is not found.
 */
export async function withdrawReferral(user: SessionUser, input: WithdrawInput) {
  const now = new Date();
  return decide(user, input, {
    scope: "practice",
    event: "WITHDRAWN",
    note: input.reason,
    audit: "referral.withdraw",
    after: async (tx) => tellHolder(tx, input.referralId, "WITHDRAWN", now),
  });
}
