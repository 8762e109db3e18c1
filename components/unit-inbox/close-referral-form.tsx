"use client";

import type { ReferrerWords } from "@/components/referrer-words";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { ConfirmStep } from "@/components/form/confirm-step";
import { describedBy, errorId, Field, FieldError } from "@/components/form/field";
import { Select } from "@/components/form/select";
import { inputClass, primaryButton } from "@/components/form/styles";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "@/components/triage/form-parts";
import type { FormAction } from "@/lib/http/action-state";
import { OUTCOME_REASONS, type Outcome } from "@/lib/referrals/event-details";
import { needsReason } from "@/lib/unit-inbox/closing";
import type { NextStepChoice } from "@/lib/unit-inbox/list-next-steps";
import { CLOSING_NOTE_LIMITS, NOTHING_NEEDED, REASON_TEXT_MAX } from "@/lib/unit-inbox/schemas";

const FORM = "close";

interface CloseReferralFormProps {
  action: FormAction<null>;
  referralId: string;
  version: number;
  /** The outcomes the referral's status allows (lib/unit-inbox/closing.ts). */
  outcomes: readonly Outcome[];
  /** "Kunne ikke kontaktes" is offered only after the logged attempts; else why not. */
  notReachedWhy: string | null;
  nextSteps: { near: NextStepChoice[]; elsewhere: NextStepChoice[] };
  /** How the texts name whoever referred it ("lægen", "jobcentret" …). */
  words: ReferrerWords;
}

/**
 * Closing the referral: how it ended, why (from the list, where the outcome needs a reason), a short note for the GP
 * and the next step (a bridging activity near the citizen, or nothing needed). Nothing is sent before a second,
 * explicit "Ja, afslut": the first press asks for confirmation, naming the outcome (without one, the form is sent and
 * refused at the field).
 */
export function CloseReferralForm({ action, referralId, version, outcomes, notReachedWhy, nextSteps, words }: CloseReferralFormProps) {
  const t = useTranslations("unitInbox.close");
  const outcomeWords = useTranslations("outcomes");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  const [outcome, setOutcome] = useState<string>(valueOf("outcome"));
  const [reason, setReason] = useState<string>(valueOf("reason"));
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const asksReason = outcome !== "" && needsReason(outcome as Outcome);

  // After an error the form is shown again from the start, with the messages at the fields.
  useEffect(() => {
    if (state.status === "error") setConfirming(false);
  }, [state]);

  const outcomeError = errorOf("outcome");
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-5">
      <CaseErrorSummary form={FORM} state={state} fields={{ outcome: `outcome-${outcomes[0]}`, reason: "reason", reasonText: "reasonText", note: "note", nextStep: "nextStep" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <fieldset aria-describedby={describedBy(outcomeError && errorId(fieldId(FORM, "outcome")))}>
        <legend className="font-semibold text-slate-900">{t("outcomeLegend")}</legend>
        <FieldError id={fieldId(FORM, "outcome")} error={outcomeError} />
        <div className="mt-2 space-y-2">
          {outcomes.map((choice) => {
            const blocked = choice === "NOT_REACHED" && notReachedWhy !== null;
            return (
              <div key={choice} className="flex gap-3">
                <input
                  id={fieldId(FORM, `outcome-${choice}`)}
                  type="radio"
                  name="outcome"
                  value={choice}
                  disabled={blocked}
                  checked={outcome === choice}
                  onChange={() => setOutcome(choice)}
                  aria-describedby={blocked ? fieldId(FORM, "not-reached-why") : undefined}
                  className="mt-1 size-5 accent-brand-700"
                />
                <label htmlFor={fieldId(FORM, `outcome-${choice}`)} className={blocked ? "text-slate-600" : "text-slate-900"}>
                  {outcomeWords(`outcomes.${choice}`)}
                  {blocked ? (
                    <span id={fieldId(FORM, "not-reached-why")} className="block text-sm">
                      {notReachedWhy}
                    </span>
                  ) : null}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>

      {asksReason ? (
        <Field id={fieldId(FORM, "reason")} label={t("reasonLabel")} error={errorOf("reason")}>
          {(control) => (
            <Select {...control} name="reason" defaultValue={reason} onChange={(event) => setReason(event.target.value)} className={inputClass}>
              <option value="">{t("reasonChoose")}</option>
              {OUTCOME_REASONS.map((value) => (
                <option key={value} value={value}>
                  {outcomeWords(`reasons.${value}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      {asksReason && reason === "OTHER" ? (
        <Field id={fieldId(FORM, "reasonText")} label={t("reasonTextLabel")} error={errorOf("reasonText")}>
          {(control) => <input {...control} name="reasonText" maxLength={REASON_TEXT_MAX} defaultValue={valueOf("reasonText")} readOnly={confirming} className={inputClass} />}
        </Field>
      ) : null}

      <Field id={fieldId(FORM, "note")} label={t("noteLabel", words)} hint={t("noteHint", { ...words, ...CLOSING_NOTE_LIMITS })} error={errorOf("note")}>
        {(control) => <textarea {...control} name="note" rows={4} maxLength={CLOSING_NOTE_LIMITS.max} defaultValue={valueOf("note")} readOnly={confirming} className={inputClass} />}
      </Field>

      <Field id={fieldId(FORM, "nextStep")} label={t("nextStepLabel")} hint={t("nextStepHint")} error={errorOf("nextStep")}>
        {(control) => (
          <Select {...control} name="nextStep" defaultValue={valueOf("nextStep")} className={inputClass}>
            <option value="">{t("nextStepChoose")}</option>
            <option value={NOTHING_NEEDED}>{t("nothingNeeded")}</option>
            {nextSteps.near.length > 0 ? (
              <optgroup label={t("near")}>
                {nextSteps.near.map((offer) => (
                  <option key={offer.id} value={offer.id}>{`${offer.title} – ${offer.unitName}`}</option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label={nextSteps.near.length > 0 ? t("elsewhere") : t("bridging")}>
              {nextSteps.elsewhere.map((offer) => (
                <option key={offer.id} value={offer.id}>{`${offer.title} – ${offer.unitName}`}</option>
              ))}
            </optgroup>
          </Select>
        )}
      </Field>

      {confirming ? (
        <ConfirmStep
          id={fieldId(FORM, "confirm-title")}
          question={t("confirmQuestion", { ...words, outcome: outcome ? outcomeWords(`outcomes.${outcome}`) : "" })}
          confirmLabel={t("confirmSubmit")}
          pendingLabel={t("saving")}
          cancelLabel={t("confirmCancel")}
          pending={pending}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        // Without an outcome there is nothing to confirm: the server says so at the field.
        <button type="button" className={primaryButton} onClick={() => (outcome ? setConfirming(true) : formRef.current?.requestSubmit())}>
          {t("submit")}
        </button>
      )}
    </form>
  );
}
