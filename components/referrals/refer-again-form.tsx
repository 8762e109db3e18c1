"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { primaryButton, secondaryButton } from "@/components/form/styles";
import type { FormAction } from "@/lib/http/action-state";

export interface ReferAgainChoice {
  /** The offer to refer to; "" to choose in the form. */
  offerSlug: string;
  label: string;
}

/**
 * "Henvis til alternativet": one button per offer the referral pointed on to (and one to choose another), each
 * opening the referral form filled in from this referral. A refusal is said above the buttons.
 */
export function ReferAgainForm({ action, referralId, choices }: { action: FormAction<null>; referralId: string; choices: ReferAgainChoice[] }) {
  const t = useTranslations("referAgain");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <div className="space-y-3">
      {state.status === "error" ? (
        <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900">
          {state.message}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {choices.map((choice, index) => (
          <form key={choice.offerSlug || "choose"} action={formAction}>
            <input type="hidden" name="referralId" value={referralId} />
            <input type="hidden" name="offerSlug" value={choice.offerSlug} />
            <button type="submit" disabled={pending} className={index === 0 && choice.offerSlug ? primaryButton : secondaryButton}>
              {pending ? t("opening") : choice.label}
            </button>
          </form>
        ))}
      </div>
    </div>
  );
}
