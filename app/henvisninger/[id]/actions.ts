"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/http/action";
import type { ActionState } from "@/lib/http/action-state";
import { answerInformationRequest } from "@/lib/referrals/answer-information-request";
import { informationAnswerSchema } from "@/lib/referrals/schemas";

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
