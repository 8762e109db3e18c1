"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/form/field";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "@/components/triage/form-parts";
import type { FormAction } from "@/lib/http/action-state";
import { CITIZEN_DECLINED_LIMITS } from "@/lib/unit-inbox/schemas";

const FORM = "citizen-declined";

/** The citizen said no thank you: why, in the unit's words, for the GP. */
export function CitizenDeclinedForm({ action, referralId, version }: { action: FormAction<null>; referralId: string; version: number }) {
  const t = useTranslations("unitInbox.citizenDeclined");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <CaseErrorSummary form={FORM} state={state} fields={{ reason: "reason" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <Field id={fieldId(FORM, "reason")} label={t("reasonLabel")} hint={t("reasonHint", CITIZEN_DECLINED_LIMITS)} error={errorOf("reason")}>
        {(control) => <textarea {...control} name="reason" rows={3} maxLength={CITIZEN_DECLINED_LIMITS.max} defaultValue={valueOf("reason")} className={inputClass} />}
      </Field>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("saving")} secondary />
    </form>
  );
}
