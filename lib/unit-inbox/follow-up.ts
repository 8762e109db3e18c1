import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import type { FollowUpInput } from "./schemas";

/**
 * The unit's answer, some months after closing with a next step, to whether the citizen got going in it: recorded on
 * the closed referral (its status stays), which stops the follow-up's clock; the reach reports count the answers.
 */
export async function recordFollowUp(user: SessionUser, input: CaseTarget & Pick<FollowUpInput, "answer">) {
  return decide(user, input, {
    scope: "unit",
    event: "FOLLOWED_UP",
    details: { kind: "FOLLOW_UP", answer: input.answer },
    where: { clockStep: "FOLLOW_UP" },
    audit: "referral.follow_up",
    auditDetails: { answer: input.answer },
  });
}
