import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { transitionReferral } from "@/lib/referrals/transition-referral";
import { auditDecision, caseScope, requireTriageCoordinator, sayingWhoHasIt, type CaseTarget } from "./case-scope";
import { QUESTION_LIMITS } from "./schemas";

/**
 * Asks the referrer for what is missing; the question is the event's note, which the practice sees. The case is let go
 * of (assignedToId null): when the practice answers, it is back in the queue for whoever is on duty.
 */
export async function requestInformation(user: SessionUser, input: CaseTarget & { question: string }) {
  requireTriageCoordinator(user);
  const question = input.question.trim();
  if (question.length < QUESTION_LIMITS.min || question.length > QUESTION_LIMITS.max) {
    throw new AppError("INVALID", `Skriv et spørgsmål til lægen på ${QUESTION_LIMITS.min}-${QUESTION_LIMITS.max} tegn.`);
  }
  const scope = caseScope(user);
  const db = await getDb();
  return sayingWhoHasIt(user, input.referralId, () =>
    db.$transaction(async (tx) => {
      const event = await transitionReferral(tx, {
        referralId: input.referralId,
        scope: caseScope(user).visible,
        expectedVersion: input.expectedVersion,
        event: "INFORMATION_REQUESTED",
        actor: user,
        where: scope.decide,
        data: { assignedToId: null },
        note: question,
      });
      await auditDecision(tx, user, "referral.request_information", input.referralId);
      return event;
    }),
  );
}
