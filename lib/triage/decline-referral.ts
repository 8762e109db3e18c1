import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { LegacyAppError as AppError } from "@/lib/errors";
import { caseScope, decideInTriage, type CaseTarget } from "./case-scope";
import { alternativeProblem, DECLINE_REASONS, DECLINE_TEXT_MAX, OTHER_REASON_REQUIRED, type DeclineReason } from "./schemas";

export interface DeclineReferralInput extends CaseTarget {
  reasonCode: DeclineReason;
  reasonText?: string;
  alternativeOfferId?: string;
  alternativeText?: string;
}

/**
 * Declines a referral with a structured reason AND an alternative for the GP (DOMAIN.md: a decline is never a dead
 * end). The rules of declineSchema are checked again here, so no caller can decline without an alternative. The
 * reason code, the coordinator's words, the suggested offer and the advice all go on the DECLINED event the practice sees.
 */
export async function declineReferral(user: SessionUser, input: DeclineReferralInput) {
  const scope = caseScope(user);
  if (!DECLINE_REASONS.includes(input.reasonCode)) throw new AppError("INVALID", "Vælg, hvorfor henvisningen ikke kan bruges.");
  const reasonText = input.reasonText?.trim() || undefined;
  const alternativeText = input.alternativeText?.trim() || undefined;
  const alternativeOfferId = input.alternativeOfferId?.trim() || undefined;
  if (input.reasonCode === "OTHER" && !reasonText) throw new AppError("INVALID", `${OTHER_REASON_REQUIRED}.`);
  if ((reasonText?.length ?? 0) > DECLINE_TEXT_MAX || (alternativeText?.length ?? 0) > DECLINE_TEXT_MAX) {
    throw new AppError("INVALID", `Skriv højst ${DECLINE_TEXT_MAX} tegn.`);
  }
  const problem = alternativeProblem({ alternativeOfferId, alternativeText });
  if (problem) throw new AppError("INVALID", `${problem.message}.`);

  return decideInTriage(
    user,
    input,
    { event: "DECLINED", where: scope.decide, reason: input.reasonCode, note: reasonText, alternativeOfferId, alternativeText, audit: "referral.decline", details: { reasonCode: input.reasonCode } },
    // Any active offer may be suggested, also one the citizen joins without a referral (a club, an association).
    async (tx) => {
      if (alternativeOfferId && !(await tx.offer.findFirst({ where: { id: alternativeOfferId, isActive: true }, select: { id: true } }))) {
        throw new AppError("INVALID", "Det foreslåede tilbud findes ikke eller er sat på pause. Vælg et andet.");
      }
    },
  );
}
