"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { createAction } from "@/lib/http/action";
import { declineReferral } from "@/lib/referrals/decline-referral";
import { forwardReferral } from "@/lib/referrals/forward-referral";
import { caseRefSchema, declineSchema, forwardSchema } from "@/lib/referrals/schemas";
import { changePriority } from "@/lib/triage/change-priority";
import { claimTriageCase } from "@/lib/triage/claim-triage-case";
import { releaseTriageCase } from "@/lib/triage/release-triage-case";
import { requestInformation } from "@/lib/triage/request-information";
import { priorityChangeSchema, requestInformationSchema } from "@/lib/triage/schemas";

// Central triage's decisions. createAction checks the session and "triage:work" before anything else; lib/triage
// checks again who may decide on which case, and each decision is a status event written by transitionReferral. The
// queue and the case page are rendered again, so the page shows the new state (and the new version) at once.

function decision<S extends z.ZodType>(schema: S, decide: (input: z.output<S>, user: SessionUser) => Promise<unknown>) {
  return createAction({
    permission: "triage:work",
    schema,
    run: async (input, user): Promise<{ data: null }> => {
      await decide(input, user);
      revalidatePath("/visitation", "layout");
      return { data: null };
    },
  });
}

export const claimAction = decision(caseRefSchema, (input, user) => claimTriageCase(user, input));
export const releaseAction = decision(caseRefSchema, (input, user) => releaseTriageCase(user, input));
export const forwardAction = decision(forwardSchema, (input, user) => forwardReferral(user, input));
export const requestInformationAction = decision(requestInformationSchema, (input, user) => requestInformation(user, input));
export const changePriorityAction = decision(priorityChangeSchema, (input, user) => changePriority(user, input));
export const declineAction = decision(declineSchema, (input, user) => declineReferral(user, input));
