"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { createAction } from "@/lib/http/action";
import type { ActionState } from "@/lib/http/action-state";
import { createReferral, type CreateReferralResult } from "@/lib/referrals/create-referral";
import { saveDraft } from "@/lib/referrals/drafts";
import { listFormAlternatives, type RoutingPreviewAnswer } from "@/lib/referrals/form-alternatives";
import { routeForInput } from "@/lib/referrals/route-for-input";
import { referralSchema, routingPreviewSchema } from "@/lib/referrals/schemas";
import { text } from "@/lib/validation/text";

// The referral form's actions. createAction checks the session and "referral:create" before anything else.

const send = createAction({
  permission: "referral:create",
  schema: referralSchema,
  run: async (input, user) => ({ data: await createReferral(user, input) }),
});

/**
 * Sends the referral and shows its receipt. The form's key makes it idempotent: a double click, a retry or a resend
 * after "back" lands on the receipt of the referral already made. A possible duplicate comes back to the form.
 */
export async function sendReferralAction(previous: ActionState<CreateReferralResult>, formData: FormData): Promise<ActionState<CreateReferralResult>> {
  const state = await send(previous, formData);
  // Outside createAction: redirect() works by throwing, and the wrapper would take it for a failure.
  if (state.status === "success" && state.data.kind === "sent") {
    // The pages under /henvisninger change with it: the list, and this form, which "back" must not show as unsent.
    revalidatePath("/henvisninger", "layout");
    redirect(`/henvisninger/${state.data.referralId}${state.data.alreadySent ? "?allerede=1" : ""}`);
  }
  return state;
}

/** Autosave: the user's unfinished form, under the form's key (lib/referrals/drafts.ts keeps only the form's fields). */
export const saveDraftAction = createAction({
  permission: "referral:create",
  schema: z.object({ idempotencyKey: z.uuid() }).catchall(z.union([text({ multiline: true }), z.array(text())])),
  run: async ({ idempotencyKey, ...values }, user) => ({ data: await saveDraft(user, idempotencyKey, values) }),
});

/**
 * Where the referral would go, and why, before it is sent (the same rule createReferral applies), and the next-best
 * offers when the chosen one is full, slow or cannot meet the citizen's barriers.
 */
export const previewRoutingAction = createAction({
  permission: "referral:create",
  schema: routingPreviewSchema,
  run: async (input) => {
    const db = await getDb();
    const [answer, alternatives] = await Promise.all([routeForInput(db, input), listFormAlternatives(db, input)]);
    return { data: { ...answer, alternatives } satisfies RoutingPreviewAnswer };
  },
});
