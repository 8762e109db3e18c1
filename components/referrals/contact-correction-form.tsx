"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/form/field";
import { Select } from "@/components/form/select";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { CaseErrorSummary, fieldId, formState } from "@/components/triage/form-parts";
import { ContactChannel } from "@/lib/generated/prisma/enums";
import type { FormAction } from "@/lib/http/action-state";

const FORM = "contact";

export interface ContactValues {
  citizenName: string;
  phone: string;
  bestTimeToCall: string;
  preferredChannel: string;
}

/** The citizen's contact details on the referral, corrected by the referrer: the holder sees them marked as changed. */
export function ContactCorrectionForm({ action, referralId, current }: { action: FormAction<null>; referralId: string; current: ContactValues }) {
  const t = useTranslations("contactCorrection");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  const value = (field: keyof ContactValues) => (state.status === "error" ? valueOf(field) : current[field]);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <CaseErrorSummary form={FORM} state={state} fields={{ citizenName: "citizenName", phone: "phone", bestTimeToCall: "bestTimeToCall", preferredChannel: "preferredChannel" }} />
      <input type="hidden" name="referralId" value={referralId} />
      <Field id={fieldId(FORM, "citizenName")} label={t("citizenNameLabel")} error={errorOf("citizenName")}>
        {(control) => <input {...control} name="citizenName" maxLength={120} defaultValue={value("citizenName")} className={inputClass} />}
      </Field>
      <Field id={fieldId(FORM, "phone")} label={t("phoneLabel")} hint={t("phoneHint")} error={errorOf("phone")}>
        {(control) => <input {...control} name="phone" inputMode="tel" maxLength={20} defaultValue={value("phone")} className={`${inputClass} max-w-56`} />}
      </Field>
      <Field id={fieldId(FORM, "bestTimeToCall")} label={t("bestTimeToCallLabel")} error={errorOf("bestTimeToCall")}>
        {(control) => <input {...control} name="bestTimeToCall" maxLength={100} defaultValue={value("bestTimeToCall")} className={inputClass} />}
      </Field>
      <Field id={fieldId(FORM, "preferredChannel")} label={t("preferredChannelLabel")} error={errorOf("preferredChannel")}>
        {(control) => (
          <Select {...control} name="preferredChannel" defaultValue={value("preferredChannel")} className={`${inputClass} max-w-md`}>
            <option value="">{t("notStated")}</option>
            {Object.values(ContactChannel).map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("saving")} secondary />
        <p role="status" className="font-semibold text-green-900">
          {state.status === "success" ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
