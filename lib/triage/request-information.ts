import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { LegacyAppError as AppError } from "@/lib/errors";
import { caseScope, decideInTriage, requireTriageCoordinator, type CaseTarget } from "./case-scope";
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
  return decideInTriage(user, input, {
    event: "INFORMATION_REQUESTED",
    where: caseScope(user).decide,
    data: { assignedToId: null },
    note: question,
    audit: "referral.request_information",
  });
}
