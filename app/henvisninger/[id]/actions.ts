"use server";

import { redirect } from "next/navigation";
import { createAction, redirectOnSuccess } from "@/lib/http/action";
import type { ActionState } from "@/lib/http/action-state";
import { decisionActions } from "@/lib/http/decision-action";
import { answerInformationRequest } from "@/lib/referrals/answer-information-request";
import { correctContact } from "@/lib/referrals/correct-contact";
import { writeMessage } from "@/lib/referrals/messages";
import { referAgain } from "@/lib/referrals/refer-again";
import { contactCorrectionSchema, informationAnswerSchema, messageSchema, referAgainSchema, withdrawSchema } from "@/lib/referrals/schemas";
import { withdrawReferral } from "@/lib/referrals/withdraw-referral";

// What the sending organisation does on its own referral. createAction checks the session and "referral:create"
// first; lib/referrals finds the referral only among the organisation's own.

const answer = createAction({
  permission: "referral:create",
  schema: informationAnswerSchema,
  run: async (input, user) => ({ data: await answerInformationRequest(user, input) }),
});

type Answered = Awaited<ReturnType<typeof answerInformationRequest>>;

/** The practice's answer to a question about its referral; the page then shows the referral back in the queue. */
export async function answerInformationRequestAction(previous: ActionState<Answered>, formData: FormData): Promise<ActionState<Answered>> {
  const state = await answer(previous, formData);
  if (state.status === "success") redirect(`/henvisninger/${state.data.referralId}?svar=sendt`);
  return state;
}

const change = decisionActions({ permission: "referral:create", path: "/henvisninger" });

export const practiceMessageAction = change(messageSchema, writeMessage);
export const withdrawAction = change(withdrawSchema, withdrawReferral);
export const correctContactAction = change(contactCorrectionSchema, correctContact);

/** "Henvis til alternativet": the referral form opens on the new draft, filled in from the closed referral. */
export const referAgainAction = redirectOnSuccess(
  createAction({ permission: "referral:create", schema: referAgainSchema, run: async (input, user) => ({ data: await referAgain(user, input) }) }),
  (draft) => `/henvisninger/ny?kladde=${draft.idempotencyKey}`,
);
