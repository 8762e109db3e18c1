import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { decide, staffScope, type CaseTarget } from "./decide";
import type { DeclineInput } from "./schemas";

/** As declineSchema gives it (the page's version may be left out by callers that do not check it). */
export type DeclineReferralInput = CaseTarget & Pick<DeclineInput, "reasonCode"> & Partial<Pick<DeclineInput, "reasonText" | "alternativeOfferId" | "alternativeText">>;

/**
 * Declines a referral — central triage on a case it has taken, a unit on a referral at the unit — with a structured
 * reason AND an alternative for the GP (a decline is never a dead end; declineSchema holds the rules). The reason code,
 * the words, the suggested offer and the advice all go on the DECLINED event the practice sees.
 */
export async function declineReferral(user: SessionUser, input: DeclineReferralInput) {
  const { reasonCode, reasonText, alternativeOfferId, alternativeText } = input;
  return decide(user, input, {
    scope: staffScope(user),
    event: "DECLINED",
    details: { kind: "DECLINE", reason: reasonCode },
    note: reasonText,
    alternativeOfferId,
    alternativeText,
    audit: "referral.decline",
    auditDetails: { reasonCode },
    // Any active offer may be suggested, also one the citizen joins without a referral (a club, an association).
    before: async (tx) => {
      if (alternativeOfferId && !(await tx.offer.findFirst({ where: { id: alternativeOfferId, isActive: true }, select: { id: true } }))) {
        throw new AppError("INVALID", "decisions.alternativeOfferUnknown");
      }
    },
  });
}
