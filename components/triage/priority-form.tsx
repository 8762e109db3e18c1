"use client";

import type { ReferrerWords } from "@/components/referrer-words";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/form/field";
import { Select } from "@/components/form/select";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import type { Priority } from "@/lib/generated/prisma/enums";
import type { FormAction } from "@/lib/http/action-state";
import { PRIORITY_REASON_LIMITS } from "@/lib/triage/schemas";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "./form-parts";

const FORM = "priority";
const PRIORITIES: Priority[] = ["NORMAL", "HIGH"];

/** MedCom's "change priority", with the reason the practice and the unit will see. */
export function PriorityForm({ action, referralId, version, current, words }: { action: FormAction<null>; referralId: string; version: number; current: Priority; words: ReferrerWords }) {
  const t = useTranslations("triage");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  const other = PRIORITIES.find((priority) => priority !== current) ?? "HIGH";
  return (
    <form action={formAction} noValidate className="space-y-4">
      <CaseErrorSummary form={FORM} state={state} fields={{ priority: "priority", reason: "reason" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <p>{t("priorityForm.current", { priority: t(`priority.${current}`) })}</p>
      <Field id={fieldId(FORM, "priority")} label={t("priorityForm.label")} error={errorOf("priority")}>
        {(control) => (
          <Select {...control} name="priority" defaultValue={valueOf("priority") || other} className={`${inputClass} max-w-xs`}>
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priority.${priority}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={fieldId(FORM, "reason")} label={t("priorityForm.reasonLabel")} hint={t("priorityForm.reasonHint", { ...words, ...PRIORITY_REASON_LIMITS })} error={errorOf("reason")}>
        {(control) => <textarea {...control} name="reason" rows={2} maxLength={PRIORITY_REASON_LIMITS.max} defaultValue={valueOf("reason")} className={inputClass} />}
      </Field>
      <SubmitButton pending={pending} label={t("priorityForm.submit")} pendingLabel={t("priorityForm.saving")} secondary />
    </form>
  );
}
