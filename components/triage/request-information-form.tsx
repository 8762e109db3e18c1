"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestInformationAction } from "@/app/visitation/actions";
import { QUESTION_LIMITS } from "@/lib/triage/schemas";
import { CaseRefFields, describedBy, ErrorSummary, FieldError, fieldId, formState, Hint, inputClass, secondaryButton } from "./form-parts";

const FORM = "ask";

/** Ask the referrer for what is missing; the practice sees the question, and its answer puts the case back in the queue. */
export function RequestInformationForm({ referralId, version }: { referralId: string; version: number }) {
  const t = useTranslations("triage.ask");
  const [state, formAction, pending] = useActionState(requestInformationAction, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <ErrorSummary form={FORM} state={state} fields={{ question: "question" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <div>
        <label htmlFor={fieldId(FORM, "question")} className="block font-semibold text-slate-900">
          {t("questionLabel")}
        </label>
        <Hint form={FORM} field="question">
          {t("questionHint", QUESTION_LIMITS)}
        </Hint>
        <textarea
          id={fieldId(FORM, "question")}
          name="question"
          rows={4}
          maxLength={QUESTION_LIMITS.max}
          defaultValue={valueOf("question")}
          aria-describedby={describedBy(FORM, "question", { hint: true, error: errorOf("question") })}
          aria-invalid={errorOf("question") ? true : undefined}
          className={inputClass}
        />
        <FieldError form={FORM} field="question" error={errorOf("question")} />
      </div>
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
