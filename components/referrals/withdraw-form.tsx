"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { ConfirmStep } from "@/components/form/confirm-step";
import { Field } from "@/components/form/field";
import { inputClass, secondaryButton } from "@/components/form/styles";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "@/components/triage/form-parts";
import type { FormAction } from "@/lib/http/action-state";
import { WITHDRAW_REASON_LIMITS } from "@/lib/referrals/schemas";

const FORM = "withdraw";

/**
 * The referrer withdraws its referral, with a reason the holder reads. Nothing is sent before a second, explicit
 * "Ja, træk den tilbage"; without a reason the form is sent at once and refused at the field.
 */
export function WithdrawForm({ action, referralId, version }: { action: FormAction<null>; referralId: string; version: number }) {
  const t = useTranslations("withdraw");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  const [reason, setReason] = useState(valueOf("reason"));
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error") setConfirming(false);
  }, [state]);
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4">
      <CaseErrorSummary form={FORM} state={state} fields={{ reason: "reason" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <Field id={fieldId(FORM, "reason")} label={t("reasonLabel")} hint={t("reasonHint", WITHDRAW_REASON_LIMITS)} error={errorOf("reason")}>
        {(control) => (
          <textarea
            {...control}
            name="reason"
            rows={3}
            maxLength={WITHDRAW_REASON_LIMITS.max}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            readOnly={confirming}
            className={inputClass}
          />
        )}
      </Field>
      {confirming ? (
        <ConfirmStep
          id={fieldId(FORM, "confirm-title")}
          question={t("confirmQuestion")}
          confirmLabel={t("confirmSubmit")}
          pendingLabel={t("saving")}
          cancelLabel={t("confirmCancel")}
          pending={pending}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className={secondaryButton} onClick={() => (reason.trim() ? setConfirming(true) : formRef.current?.requestSubmit())}>
          {t("submit")}
        </button>
      )}
    </form>
  );
}
