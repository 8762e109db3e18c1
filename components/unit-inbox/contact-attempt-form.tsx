"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/form/field";
import { Select } from "@/components/form/select";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "@/components/triage/form-parts";
import type { FormAction } from "@/lib/http/action-state";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from "@/lib/referrals/event-details";
import { CONTACT_NOTE_MAX } from "@/lib/unit-inbox/schemas";

const FORM = "contact";

/** One try to reach the citizen: how, how it went, and a note. Counted before "could not reach". */
export function ContactAttemptForm({ action, referralId, version }: { action: FormAction<null>; referralId: string; version: number }) {
  const t = useTranslations("unitInbox.contact");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <CaseErrorSummary form={FORM} state={state} fields={{ channel: "channel", outcome: "outcome", note: "note" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={fieldId(FORM, "channel")} label={t("channelLabel")} error={errorOf("channel")}>
          {(control) => (
            <Select {...control} name="channel" defaultValue={valueOf("channel") || "PHONE"} className={inputClass}>
              {CONTACT_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`channels.${channel}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={fieldId(FORM, "outcome")} label={t("outcomeLabel")} error={errorOf("outcome")}>
          {(control) => (
            <Select {...control} name="outcome" defaultValue={valueOf("outcome")} className={inputClass}>
              <option value="">{t("chooseOutcome")}</option>
              {CONTACT_OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {t(`outcomes.${outcome}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field id={fieldId(FORM, "note")} label={t("noteLabel")} hint={t("noteHint", { max: CONTACT_NOTE_MAX })} error={errorOf("note")}>
        {(control) => <textarea {...control} name="note" rows={2} maxLength={CONTACT_NOTE_MAX} defaultValue={valueOf("note")} className={inputClass} />}
      </Field>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("saving")} secondary />
    </form>
  );
}
