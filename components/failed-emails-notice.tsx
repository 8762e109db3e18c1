"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/form/submit-button";
import type { FormAction } from "@/lib/http/action-state";

/**
 * The failed e-mails on "Besked om nyt" (the table comes as children) with "Send dem igen": after the address is
 * corrected, they go out again, and the section gives way to the confirmation — which stays, announced, when the page
 * is rendered again without failures.
 */
export function FailedEmailsNotice({ action, title, intro, total, children }: { action: FormAction<{ resent: number }>; title: string; intro: string; total: number; children: React.ReactNode }) {
  const t = useTranslations("failedEmails");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const resent = state.status === "success" ? state.data.resent : null;
  return (
    <div className="mb-8">
      <p role="status" className={resent === null ? "sr-only" : "rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 font-semibold text-green-900"}>
        {resent === null ? "" : t("resent", { count: resent })}
      </p>
      {total > 0 ? (
        <section aria-labelledby="failed-emails-title" className="rounded-lg border-2 border-red-700 bg-red-50 p-5" data-testid="failed-emails">
          <h2 id="failed-emails-title" className="text-xl font-bold text-red-950">
            <span aria-hidden="true">! </span>
            {title}
          </h2>
          <p className="mt-2 mb-4 text-slate-900">{intro}</p>
          {children}
          <form action={formAction} className="mt-4 flex flex-wrap items-center gap-4">
            <input type="hidden" name="resend" value="yes" />
            <SubmitButton pending={pending} label={t("resend")} pendingLabel={t("resending")} secondary />
            {state.status === "error" ? (
              <p role="alert" className="font-semibold text-red-800">
                {state.message}
              </p>
            ) : null}
          </form>
        </section>
      ) : null}
    </div>
  );
}
