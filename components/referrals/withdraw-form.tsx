"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field } from "@/components/form/field";
import { inputClass, secondaryButton } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
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
  const confirmRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error") setConfirming(false);
  }, [state]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
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
        <div ref={confirmRef} tabIndex={-1} role="alertdialog" aria-labelledby={fieldId(FORM, "confirm-title")} className="space-y-3 rounded-md border-2 border-amber-700 bg-amber-50 p-4">
          <p id={fieldId(FORM, "confirm-title")} className="font-semibold text-amber-950">
            {t("confirmQuestion")}
          </p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={pending} label={t("confirmSubmit")} pendingLabel={t("saving")} />
            <button type="button" className={secondaryButton} onClick={() => setConfirming(false)} disabled={pending}>
              {t("confirmCancel")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={secondaryButton} onClick={() => (reason.trim() ? setConfirming(true) : formRef.current?.requestSubmit())}>
          {t("submit")}
        </button>
      )}
    </form>
  );
}
