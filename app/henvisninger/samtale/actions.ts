"use server";

import { z } from "zod";
import { createAction } from "@/lib/http/action";
import { saveScreening } from "@/lib/referrals/save-screening";
import { givenAnswers, screeningAnswersSchema } from "@/lib/screening/schemas";

/** "Se forslag": the answers into the user's draft (createAction checks the session and "referral:create" first). */
export const screeningAction = createAction({
  permission: "referral:create",
  schema: screeningAnswersSchema.extend({ idempotencyKey: z.uuid("referrals.keyMissing") }),
  run: async ({ idempotencyKey, ...answers }, user) => ({ data: await saveScreening(user, idempotencyKey, givenAnswers(answers)) }),
});
