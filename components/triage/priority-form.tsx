"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePriorityAction } from "@/app/visitation/actions";
import type { Priority } from "@/lib/generated/prisma/enums";
import { PRIORITY_REASON_LIMITS } from "@/lib/triage/schemas";
import { CaseRefFields, describedBy, ErrorSummary, FieldError, fieldId, formState, Hint, inputClass, secondaryButton } from "./form-parts";

const FORM = "priority";
const PRIORITIES: Priority[] = ["NORMAL", "HIGH"];

/** MedCom's "change priority", with the reason the practice and the unit will see. */
export function PriorityForm({ referralId, version, current }: { referralId: string; version: number; current: Priority }) {
  const t = useTranslations("triage");
  const [state, formAction, pending] = useActionState(changePriorityAction, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  const other = PRIORITIES.find((priority) => priority !== current) ?? "HIGH";
  return (
    <form action={formAction} noValidate className="space-y-4">
      <ErrorSummary form={FORM} state={state} fields={{ priority: "priority", reason: "reason" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <p>{t("priorityForm.current", { priority: t(`priority.${current}`) })}</p>
      <div>
        <label htmlFor={fieldId(FORM, "priority")} className="block font-semibold text-slate-900">
          {t("priorityForm.label")}
        </label>
        <select
          id={fieldId(FORM, "priority")}
          name="priority"
          defaultValue={valueOf("priority") || other}
          aria-describedby={describedBy(FORM, "priority", { error: errorOf("priority") })}
          aria-invalid={errorOf("priority") ? true : undefined}
          className={`${inputClass} max-w-xs`}
        >
          {PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`priority.${priority}`)}
            </option>
          ))}
        </select>
        <FieldError form={FORM} field="priority" error={errorOf("priority")} />
      </div>
      <div>
        <label htmlFor={fieldId(FORM, "reason")} className="block font-semibold text-slate-900">
          {t("priorityForm.reasonLabel")}
        </label>
        <Hint form={FORM} field="reason">
          {t("priorityForm.reasonHint", PRIORITY_REASON_LIMITS)}
        </Hint>
        <textarea
          id={fieldId(FORM, "reason")}
          name="reason"
          rows={2}
          maxLength={PRIORITY_REASON_LIMITS.max}
          defaultValue={valueOf("reason")}
          aria-describedby={describedBy(FORM, "reason", { hint: true, error: errorOf("reason") })}
          aria-invalid={errorOf("reason") ? true : undefined}
          className={inputClass}
        />
        <FieldError form={FORM} field="reason" error={errorOf("reason")} />
      </div>
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? t("priorityForm.saving") : t("priorityForm.submit")}
      </button>
    </form>
  );
}
