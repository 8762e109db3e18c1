"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/form/field";
import { Select } from "@/components/form/select";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "@/components/triage/form-parts";
import type { FormAction } from "@/lib/http/action-state";
import type { Colleague } from "@/lib/referrals/list-colleagues";
import { ASSIGN_NOTE_MAX } from "@/lib/referrals/schemas";

const FORM = "assign";

interface AssignFormProps {
  action: FormAction<null>;
  referralId: string;
  version: number;
  /** The user first, each with their open and overdue referrals. */
  colleagues: Colleague[];
  userId: string;
  /** Central triage gives a case away; a unit names its caseworker. */
  kind: "triage" | "unit";
}

/** A named owner: the colleague (with how much each has already), and a short message for them. */
export function AssignForm({ action, referralId, version, colleagues, userId, kind }: AssignFormProps) {
  const t = useTranslations("owners");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <CaseErrorSummary form={FORM} state={state} fields={{ toUserId: "toUserId", note: "note" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <Field id={fieldId(FORM, "toUserId")} label={t(kind === "triage" ? "colleagueLabel" : "unitColleagueLabel")} error={errorOf("toUserId")}>
        {(control) => (
          <Select {...control} name="toUserId" defaultValue={valueOf("toUserId")} className={inputClass}>
            <option value="">{t("colleagueChoose")}</option>
            {colleagues.map((colleague) => (
              <option key={colleague.id} value={colleague.id}>
                {t("colleagueOption", { name: colleague.id === userId ? `${colleague.name} ${t("you")}` : colleague.name, open: colleague.open, overdue: colleague.overdue })}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={fieldId(FORM, "note")} label={t("noteLabel")} hint={t("noteHint")} error={errorOf("note")}>
        {(control) => <textarea {...control} name="note" rows={2} maxLength={ASSIGN_NOTE_MAX} defaultValue={valueOf("note")} className={inputClass} />}
      </Field>
      <SubmitButton pending={pending} label={t(kind === "triage" ? "submit" : "unitSubmit")} pendingLabel={t("saving")} secondary />
    </form>
  );
}
