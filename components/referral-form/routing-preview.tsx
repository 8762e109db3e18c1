"use client";

import { useTranslations } from "next-intl";
import { RoutingExplanation } from "@/components/routing-explanation";
import type { RoutingPreviewAnswer } from "@/lib/referrals/form-alternatives";

export type RoutingPreviewState =
  | { status: "idle" }
  | { status: "loading"; answer: RoutingPreviewAnswer | null }
  | { status: "ready"; answer: RoutingPreviewAnswer }
  | { status: "failed" }
  /** The server refused what the form holds (e.g. an offer no longer in the catalogue): what to fix, as at the fields. */
  | { status: "refused"; messages: string[] };

/** Where the referral will go and why, updated as the offer, needs, diagnoses and doubts change. */
export function RoutingPreview({ state, requiredDiagnoses }: { state: RoutingPreviewState; requiredDiagnoses: string[] }) {
  const t = useTranslations("referralForm");
  const answer = state.status === "ready" || state.status === "loading" ? state.answer : null;
  return (
    <section aria-labelledby="routing-preview-title" className="rounded-lg border-2 border-brand-600 bg-brand-50 p-5">
      <h3 id="routing-preview-title" className="text-xl font-bold text-slate-900">
        {t("previewTitle")}
      </h3>
      <div aria-live="polite" aria-busy={state.status === "loading"} data-testid="routing-preview" className="mt-2 text-slate-900">
        {answer ? (
          <RoutingExplanation
            tense="preview"
            destination={answer.destination}
            unitName={answer.unitName}
            reasons={answer.reasons}
            requiredDiagnoses={requiredDiagnoses}
          />
        ) : state.status === "refused" ? (
          <>
            <p>{t("previewRefused")}</p>
            <ul className="mt-1 list-disc pl-6">
              {state.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </>
        ) : state.status === "failed" ? (
          <p>{t("previewFailed")}</p>
        ) : (
          <p>{t("previewLoading")}</p>
        )}
      </div>
    </section>
  );
}
