"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/form/field";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { CaseErrorSummary, fieldId, formState } from "@/components/triage/form-parts";
import type { FormAction } from "@/lib/http/action-state";
import { MESSAGE_LIMITS } from "@/lib/referrals/schemas";

const FORM = "message";

/** Write to the other side of the referral; after sending, the page shows the message in the thread and says so. */
export function MessageForm({ action, referralId, to }: { action: FormAction<null>; referralId: string; to: string }) {
  const t = useTranslations("messages");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  return (
    <form action={formAction} noValidate className="mt-4 space-y-4">
      <CaseErrorSummary form={FORM} state={state} fields={{ message: "message" }} />
      <input type="hidden" name="referralId" value={referralId} />
      <Field id={fieldId(FORM, "message")} label={t("label", { to })} hint={t("hint", MESSAGE_LIMITS)} error={errorOf("message")}>
        {(control) => <textarea {...control} name="message" rows={4} maxLength={MESSAGE_LIMITS.max} defaultValue={valueOf("message")} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} label={t("send")} pendingLabel={t("sending")} />
        <p role="status" className="font-semibold text-green-900">
          {state.status === "success" ? t("sent") : ""}
        </p>
      </div>
    </form>
  );
}
