import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { decide, decisionScope, type CaseTarget } from "@/lib/referrals/decide";
import { QUESTION_LIMITS } from "./schemas";

/**
 * Asks the referrer for what is missing; the question is the event's note, which the practice sees. The case is let go
 * of (assignedToId null): when the practice answers, it is back in the queue for whoever is on duty.
 */
export async function requestInformation(user: SessionUser, input: CaseTarget & { question: string }) {
  decisionScope(user, "triage");
  const question = input.question.trim();
  if (question.length < QUESTION_LIMITS.min || question.length > QUESTION_LIMITS.max) {
    throw new AppError("INVALID", `Skriv et spørgsmål til lægen på ${QUESTION_LIMITS.min}-${QUESTION_LIMITS.max} tegn.`);
  }
  return decide(user, input, { scope: "triage", event: "INFORMATION_REQUESTED", data: { assignedToId: null }, note: question, audit: "referral.request_information" });
}
