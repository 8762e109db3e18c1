"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/http/action-state";
import { TRIAGE_LEVEL_FIELDS, UNIT_LEVEL_FIELDS, type ServiceLevels } from "@/lib/service-levels/levels";
import { toServiceLevelValues, type ServiceLevelField } from "@/lib/service-levels/schemas";
import { ActionErrorSummary } from "../form/error-summary";
import { Field } from "../form/field";
import { SubmitButton } from "../form/submit-button";
import { inputClass } from "../form/styles";

const ALL_FIELDS: readonly ServiceLevelField[] = ["openWorkingDays", "firstContactWorkingDays", "firstMeetingExtraWeeks", "decisionWorkingDays", "escalateAfterWorkingDays", "followUpMonths"];

/**
 * One holder's service level: central triage's decision time, or a unit's three steps, and for both when an overdue
 * step is escalated. The fields of the other kind go along unchanged in hidden inputs. After a save, a confirmation is
 * announced; after a failed one, the typed values come back with the message at the field.
 */
export function ServiceLevelForm({ action, holder, name, levels }: { action: FormAction<ServiceLevels>; holder: string; name: string; levels: ServiceLevels }) {
  const t = useTranslations("serviceLevels");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const shown = state.status === "error" ? state.values : toServiceLevelValues(holder, state.status === "success" ? state.data : levels);
  const value = (field: ServiceLevelField) => {
    const raw = shown[field];
    return Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  };
  const errors = state.status === "error" ? state.fieldErrors : {};
  const shownFields: readonly ServiceLevelField[] = holder === "central-triage" ? TRIAGE_LEVEL_FIELDS : UNIT_LEVEL_FIELDS;
  const idOf = (field: string) => `service-level-${holder}-${field}`;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <ActionErrorSummary state={state} titleId={idOf("errors")} targets={Object.fromEntries(shownFields.map((field) => [field, idOf(field)]))} level={3} />
      <input type="hidden" name="holder" value={holder} />
      {ALL_FIELDS.filter((field) => !shownFields.includes(field)).map((field) => (
        <input key={field} type="hidden" name={field} value={value(field)} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        {shownFields.map((field) => (
          <Field key={field} id={idOf(field)} label={t(`fields.${field}`)} hint={t(`hints.${field}`)} error={errors[field]?.[0]}>
            {(control) => (
              <input {...control} name={field} type="number" inputMode="numeric" min={0} max={60} defaultValue={value(field)} className={`${inputClass} max-w-32`} />
            )}
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} label={t("save", { name })} pendingLabel={t("saving")} />
        <p role="status" className="font-semibold text-green-900">
          {state.status === "success" ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
