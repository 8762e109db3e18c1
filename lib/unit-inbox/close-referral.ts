import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { clockColumns, clockContext } from "@/lib/referrals/referral-clock";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import { clockFor } from "@/lib/service-levels/clock";
import { OUTCOME_EVENT, outcomesFor } from "./closing";
import { isNextStep } from "./list-next-steps";
import { MIN_CONTACT_ATTEMPTS, NOTHING_NEEDED, type CloseReferralInput } from "./schemas";

/**
 * Closes a referral at the unit with its outcome (docs/decisions/024-structured-outcomes.md): the end status the
 * outcome leads to, the outcome, reason and next step as the event's typed details, the closing note for the GP as its
 * note, and the reason in words ("Andet") as its alternativeText — both blanked by retention. "Kunne ikke kontaktes"
 * still only after logged attempts. With a next step, the unit's follow-up is put on a clock (lib/service-levels):
 * some months later it is asked whether the citizen got going.
 */
export type ClosingInput = CaseTarget & Pick<CloseReferralInput, "outcome" | "note" | "nextStep"> & Partial<Pick<CloseReferralInput, "reason" | "reasonText">>;

export async function closeReferral(user: SessionUser, input: ClosingInput, now = new Date()) {
  const offerId = input.nextStep === NOTHING_NEEDED ? undefined : input.nextStep;
  return decide(user, input, {
    scope: "unit",
    event: OUTCOME_EVENT[input.outcome],
    details: { kind: "OUTCOME", outcome: input.outcome, reason: input.reason, nextStep: offerId ? "OFFER" : "NOTHING_NEEDED" },
    note: input.note,
    alternativeText: input.reasonText,
    alternativeOfferId: offerId,
    audit: "referral.close",
    auditDetails: { outcome: input.outcome, ...(input.reason ? { reason: input.reason } : {}), nextStep: offerId ?? NOTHING_NEEDED },
    before: async (tx) => {
      const referral = await tx.referral.findUniqueOrThrow({ where: { id: input.referralId }, select: { status: true, destinationUnitId: true, _count: { select: { contactAttempts: true } } } });
      if (!outcomesFor(referral.status).includes(input.outcome)) throw new AppError("CONFLICT", "referrals.changedBySomeoneElse");
      if (input.outcome === "NOT_REACHED" && referral._count.contactAttempts < MIN_CONTACT_ATTEMPTS) {
        throw new AppError("INVALID", "unitInbox.notReachedTooEarly", { values: { min: MIN_CONTACT_ATTEMPTS } });
      }
      if (offerId && !(await isNextStep(tx, offerId))) throw new AppError("INVALID", "unitInbox.nextStepMissing");
      if (!offerId) return;
      const followUp = clockFor("FOLLOW_UP", now, await clockContext(tx, referral.destinationUnitId, null));
      return { data: clockColumns(followUp) };
    },
  });
}
