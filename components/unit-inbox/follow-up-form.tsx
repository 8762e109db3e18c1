"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, errorId, FieldError } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "@/components/triage/form-parts";
import type { FormAction } from "@/lib/http/action-state";
import { FOLLOW_UP_ANSWERS } from "@/lib/referrals/event-details";

const FORM = "follow-up";

/** Some months after closing with a next step: did the citizen get going in it? */
export function FollowUpForm({ action, referralId, version, nextStep }: { action: FormAction<null>; referralId: string; version: number; nextStep: string | null }) {
  const t = useTranslations("unitInbox.followUp");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf } = formState(state);
  const error = errorOf("answer");
  return (
    <form action={formAction} noValidate className="space-y-4">
      <CaseErrorSummary form={FORM} state={state} fields={{ answer: `answer-${FOLLOW_UP_ANSWERS[0]}` }} />
      <CaseRefFields referralId={referralId} version={version} />
      <fieldset aria-describedby={describedBy(error && errorId(fieldId(FORM, "answer")))}>
        <legend className="font-semibold text-slate-900">{nextStep ? t("question", { nextStep }) : t("questionNoOffer")}</legend>
        <FieldError id={fieldId(FORM, "answer")} error={error} />
        <div className="mt-2 space-y-2">
          {FOLLOW_UP_ANSWERS.map((answer) => (
            <div key={answer} className="flex gap-3">
              <input id={fieldId(FORM, `answer-${answer}`)} type="radio" name="answer" value={answer} className="mt-1 size-5 accent-brand-700" />
              <label htmlFor={fieldId(FORM, `answer-${answer}`)}>{t(`answers.${answer}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("saving")} />
    </form>
  );
}
