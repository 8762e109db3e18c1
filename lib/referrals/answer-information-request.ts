import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { LegacyAppError as AppError } from "@/lib/errors";
import { text } from "@/lib/validation/text";
import { transitionReferral } from "./transition-referral";

export const informationAnswerSchema = z.object({
  referralId: text({ error: "Henvisningen mangler. Genindlæs siden." }).min(1, "Henvisningen mangler. Genindlæs siden.").max(64, "Henvisningen mangler. Genindlæs siden."),
  answer: text({ error: "Skriv jeres svar.", multiline: true })
    .trim()
    .min(2, "Skriv jeres svar.")
    .max(3000, "Svaret må højst være 3000 tegn."),
});

export type InformationAnswer = z.output<typeof informationAnswerSchema>;

/**
 * The practice answers the question it was asked about one of its referrals: in one transaction the referral goes
 * back to the queue it came from (INFORMATION_PROVIDED, nobody assigned) with the answer as the event's note, and the
 * change is audit-logged. Another organisation's referral is not found.
 */
export async function answerInformationRequest(user: SessionUser, input: InformationAnswer) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const referral = await tx.referral.findFirst({
      where: { id: input.referralId, referrerOrganisationId: user.organisationId },
      select: { id: true, citizenId: true },
    });
    if (!referral) throw new AppError("NOT_FOUND", "Henvisningen findes ikke.", { subject: { type: "Referral", id: input.referralId } });
    const event = await transitionReferral(tx, {
      referralId: referral.id,
      event: "INFORMATION_PROVIDED",
      actor: user,
      where: { referrerOrganisationId: user.organisationId },
      data: { assignedToId: null },
      note: input.answer,
    });
    await recordAudit(
      { actor: user, action: "referral.information_provided", entityType: "Referral", entityId: referral.id, citizenId: referral.citizenId },
      tx,
    );
    return { referralId: referral.id, eventId: event.id };
  });
}
