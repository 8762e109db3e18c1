"use client";

import type { ReferrerWords } from "@/components/referrer-words";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, errorId, Field, FieldError, Hint, hintId } from "@/components/form/field";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import type { FormAction } from "@/lib/http/action-state";
import type { OfferChoiceGroup } from "@/lib/triage/list-offer-choices";
import type { SuggestedOffer } from "@/lib/triage/suggest-offers";
import { DECLINE_REASONS } from "@/lib/referrals/event-details";
import { ALTERNATIVE_TEXT_MIN, DECLINE_TEXT_MAX } from "@/lib/referrals/schemas";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "./form-parts";
import { OfferSelect } from "./offer-select";

const FORM = "decline";

/**
 * Decline with a structured reason AND an alternative for the GP: another offer (also a social offer, a club or an
 * association) or advice in words. Without an alternative the schema says so at the alternative, and nothing changes.
 */
export function DeclineForm({
  referralId,
  version,
  groups,
  suggested,
  action,
  words,
}: {
  referralId: string;
  version: number;
  groups: OfferChoiceGroup[];
  /** The next-best offers for the referral, listed first; the best is chosen as the alternative until the user changes it. */
  suggested: SuggestedOffer[];
  /** Central triage's decline (app/visitation/actions.ts), or the unit's (app/indbakke/actions.ts): the same schema and rules. */
  action: FormAction<null>;
  /** How the texts name whoever referred it ("lægen", "jobcentret" …). */
  words: ReferrerWords;
}) {
  const t = useTranslations("decline");
  const kinds = useTranslations("labels.providerKind");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  // The alternative is one question with two ways to answer: its error belongs to both controls.
  const alternativeError = errorOf("alternative");
  const idOf = (field: string) => fieldId(FORM, field);
  const alternativeDescribedBy = (field: string, hint = false) =>
    describedBy(hintId(idOf("alternative")), alternativeError && errorId(idOf("alternative")), hint && hintId(idOf(field)), errorOf(field) && errorId(idOf(field)));

  return (
    <form action={formAction} noValidate className="space-y-6">
      <CaseErrorSummary
        form={FORM}
        state={state}
        fields={{ reasonCode: `reasonCode-${DECLINE_REASONS[0]}`, reasonText: "reasonText", alternative: "alternativeOfferId", alternativeOfferId: "alternativeOfferId", alternativeText: "alternativeText" }}
      />
      <CaseRefFields referralId={referralId} version={version} />
      <p className="text-slate-800">{t("intro", words)}</p>

      <fieldset aria-describedby={describedBy(errorOf("reasonCode") && errorId(idOf("reasonCode")))}>
        <legend className="font-semibold text-slate-900">{t("reasonLegend")}</legend>
        <FieldError id={idOf("reasonCode")} error={errorOf("reasonCode")} />
        <ul className="mt-2 space-y-2">
          {DECLINE_REASONS.map((code) => (
            <li key={code} className="flex items-start gap-3">
              <input
                id={idOf(`reasonCode-${code}`)}
                type="radio"
                name="reasonCode"
                value={code}
                defaultChecked={valueOf("reasonCode") === code}
                aria-invalid={errorOf("reasonCode") ? true : undefined}
                className="mt-1 size-5 shrink-0 accent-brand-700"
              />
              <label htmlFor={idOf(`reasonCode-${code}`)} className="text-slate-900">
                {t(`reasons.${code}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <Field id={idOf("reasonText")} label={t("reasonTextLabel")} hint={t("reasonTextHint", { ...words, max: DECLINE_TEXT_MAX })} error={errorOf("reasonText")}>
        {(control) => <textarea {...control} name="reasonText" rows={3} maxLength={DECLINE_TEXT_MAX} defaultValue={valueOf("reasonText")} className={inputClass} />}
      </Field>

      <fieldset className={`rounded-lg border-2 p-4 ${alternativeError ? "border-red-700" : "border-slate-300"}`}>
        <legend className="px-1 font-semibold text-slate-900">{t("alternativeLegend", words)}</legend>
        <Hint id={idOf("alternative")}>{t("alternativeHint")}</Hint>
        <FieldError id={idOf("alternative")} error={alternativeError} />
        <div className="mt-4">
          <label htmlFor={idOf("alternativeOfferId")} className="block font-semibold text-slate-900">
            {t("alternativeOfferLabel")}
          </label>
          <OfferSelect
            id={idOf("alternativeOfferId")}
            name="alternativeOfferId"
            groups={groups}
            suggested={suggested}
            emptyLabel={t("noAlternativeOffer")}
            defaultValue={state.status === "idle" ? (suggested[0]?.id ?? "") : valueOf("alternativeOfferId")}
            describedBy={alternativeDescribedBy("alternativeOfferId")}
            invalid={Boolean(alternativeError || errorOf("alternativeOfferId"))}
            groupLabel={(group) => `${group.unitName} – ${kinds(group.kind)}`}
          />
          <FieldError id={idOf("alternativeOfferId")} error={errorOf("alternativeOfferId")} />
        </div>
        <div className="mt-4">
          <label htmlFor={idOf("alternativeText")} className="block font-semibold text-slate-900">
            {t("alternativeTextLabel", words)}
          </label>
          <Hint id={idOf("alternativeText")}>{t("alternativeTextHint", { min: ALTERNATIVE_TEXT_MIN, max: DECLINE_TEXT_MAX })}</Hint>
          <textarea
            id={idOf("alternativeText")}
            name="alternativeText"
            rows={4}
            maxLength={DECLINE_TEXT_MAX}
            defaultValue={valueOf("alternativeText")}
            aria-describedby={alternativeDescribedBy("alternativeText", true)}
            aria-invalid={alternativeError || errorOf("alternativeText") ? true : undefined}
            className={inputClass}
          />
          <FieldError id={idOf("alternativeText")} error={errorOf("alternativeText")} />
        </div>
      </fieldset>

      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("declining")} secondary />
    </form>
  );
}
