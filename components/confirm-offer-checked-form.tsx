"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/http/action-state";

/** "Oplysningerne passer stadig" for one offer: one click records that the unit has checked it. */
export function ConfirmOfferCheckedForm({ action, offerId, offerTitle }: { action: FormAction<{ offerId: string }>; offerId: string; offerTitle: string }) {
  const t = useTranslations("catalogue");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction}>
      <input type="hidden" name="offerId" value={offerId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border-2 border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? t("confirming") : t("confirm")}
        <span className="sr-only"> – {offerTitle}</span>
      </button>
      <p role="status" className="mt-1 text-sm text-green-900">
        {state.status === "success" ? t("confirmed") : null}
      </p>
      {state.status === "error" ? (
        <p role="alert" className="mt-1 text-sm font-semibold text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
