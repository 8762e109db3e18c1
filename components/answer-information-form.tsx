"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import type { FormAction } from "@/lib/http/action-state";
import type { answerInformationRequest } from "@/lib/referrals/answer-information-request";
import { Field } from "./form/field";
import { inputClass } from "./form/styles";
import { SubmitButton } from "./form/submit-button";

/** The practice's answer to the question asked about its referral; what was typed comes back after an error. */
export function AnswerInformationForm({ action, referralId }: { action: FormAction<Awaited<ReturnType<typeof answerInformationRequest>>>; referralId: string }) {
  const t = useTranslations("referrals");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);
  const error = state.status === "error" ? state.fieldErrors.answer?.[0] : undefined;
  const typed = state.status === "error" ? state.values.answer : undefined;
  return (
    <form action={formAction} noValidate className="mt-4 space-y-4">
      {state.status === "error" ? (
        <div ref={summary} tabIndex={-1} role="alert" className="rounded-lg border-4 border-red-700 bg-red-50 p-4 focus:outline-none focus-visible:outline-3">
          <p className="font-bold text-red-900">{state.message}</p>
          {error ? (
            <a
              href="#answer"
              onClick={(event) => {
                // A fragment link only scrolls; the user is taken to the field itself.
                event.preventDefault();
                document.getElementById("answer")?.focus();
              }}
              className="font-semibold text-red-900"
            >
              {error}
            </a>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="referralId" value={referralId} />
      <Field id="answer" label={t("answerLabel")} hint={t("answerHint")} error={error}>
        {(control) => <textarea {...control} name="answer" rows={5} maxLength={3000} defaultValue={typeof typed === "string" ? typed : ""} className={inputClass} />}
      </Field>
      <SubmitButton pending={pending} label={t("sendAnswer")} pendingLabel={t("sendingAnswer")} />
    </form>
  );
}
