"use client";

import type { ReferrerWords } from "@/components/referrer-words";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/form/field";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import type { FormAction } from "@/lib/http/action-state";
import { QUESTION_LIMITS } from "@/lib/triage/schemas";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "./form-parts";

const FORM = "ask";

/** Ask the referrer for what is missing; the practice sees the question, and its answer puts the case back in the queue. */
export function RequestInformationForm({ action, referralId, version, words }: { action: FormAction<null>; referralId: string; version: number; words: ReferrerWords }) {
  const t = useTranslations("triage.ask");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <CaseErrorSummary form={FORM} state={state} fields={{ question: "question" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <Field id={fieldId(FORM, "question")} label={t("questionLabel", words)} hint={t("questionHint", { ...words, ...QUESTION_LIMITS })} error={errorOf("question")}>
        {(control) => <textarea {...control} name="question" rows={4} maxLength={QUESTION_LIMITS.max} defaultValue={valueOf("question")} className={inputClass} />}
      </Field>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("sending")} secondary />
    </form>
  );
}
