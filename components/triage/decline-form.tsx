"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { declineAction } from "@/app/visitation/actions";
import type { OfferChoiceGroup } from "@/lib/triage/list-offer-choices";
import { ALTERNATIVE_TEXT_MIN, DECLINE_REASONS, DECLINE_TEXT_MAX } from "@/lib/triage/schemas";
import { OfferSelect } from "./offer-select";
import { CaseRefFields, describedBy, ErrorSummary, FieldError, fieldId, formState, Hint, inputClass, secondaryButton } from "./form-parts";

const FORM = "decline";

/**
 * Decline with a structured reason AND an alternative for the GP: another offer (also a social offer, a club or an
 * association) or advice in words. Without an alternative the schema says so at the alternative, and nothing changes.
 */
export function DeclineForm({ referralId, version, groups }: { referralId: string; version: number; groups: OfferChoiceGroup[] }) {
  const t = useTranslations("decline");
  const kinds = useTranslations("labels.providerKind");
  const [state, formAction, pending] = useActionState(declineAction, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  // The alternative is one question with two ways to answer: its error belongs to both controls.
  const alternativeError = errorOf("alternative");
  const alternativeDescribedBy = (field: string, hint = false) =>
    [describedBy(FORM, "alternative", { hint: true, error: alternativeError }), describedBy(FORM, field, { hint, error: errorOf(field) })].filter(Boolean).join(" ");

  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary
        form={FORM}
        state={state}
        fields={{ reasonCode: `reasonCode-${DECLINE_REASONS[0]}`, reasonText: "reasonText", alternative: "alternativeOfferId", alternativeOfferId: "alternativeOfferId", alternativeText: "alternativeText" }}
      />
      <CaseRefFields referralId={referralId} version={version} />
      <p className="text-slate-800">{t("intro")}</p>

      <fieldset aria-describedby={errorOf("reasonCode") ? `${fieldId(FORM, "reasonCode")}-error` : undefined}>
        <legend className="font-semibold text-slate-900">{t("reasonLegend")}</legend>
        <FieldError form={FORM} field="reasonCode" error={errorOf("reasonCode")} />
        <ul className="mt-2 space-y-2">
          {DECLINE_REASONS.map((code) => (
            <li key={code} className="flex items-start gap-3">
              <input
                id={fieldId(FORM, `reasonCode-${code}`)}
                type="radio"
                name="reasonCode"
                value={code}
                defaultChecked={valueOf("reasonCode") === code}
                aria-invalid={errorOf("reasonCode") ? true : undefined}
                className="mt-1 size-5 shrink-0 accent-brand-700"
              />
              <label htmlFor={fieldId(FORM, `reasonCode-${code}`)} className="text-slate-900">
                {t(`reasons.${code}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div>
        <label htmlFor={fieldId(FORM, "reasonText")} className="block font-semibold text-slate-900">
          {t("reasonTextLabel")}
        </label>
        <Hint form={FORM} field="reasonText">
          {t("reasonTextHint", { max: DECLINE_TEXT_MAX })}
        </Hint>
        <textarea
          id={fieldId(FORM, "reasonText")}
          name="reasonText"
          rows={3}
          maxLength={DECLINE_TEXT_MAX}
          defaultValue={valueOf("reasonText")}
          aria-describedby={describedBy(FORM, "reasonText", { hint: true, error: errorOf("reasonText") })}
          aria-invalid={errorOf("reasonText") ? true : undefined}
          className={inputClass}
        />
        <FieldError form={FORM} field="reasonText" error={errorOf("reasonText")} />
      </div>

      <fieldset className={`rounded-lg border-2 p-4 ${alternativeError ? "border-red-700" : "border-slate-300"}`}>
        <legend className="px-1 font-semibold text-slate-900">{t("alternativeLegend")}</legend>
        <Hint form={FORM} field="alternative">
          {t("alternativeHint")}
        </Hint>
        <FieldError form={FORM} field="alternative" error={alternativeError} />
        <div className="mt-4">
          <label htmlFor={fieldId(FORM, "alternativeOfferId")} className="block font-semibold text-slate-900">
            {t("alternativeOfferLabel")}
          </label>
          <OfferSelect
            id={fieldId(FORM, "alternativeOfferId")}
            name="alternativeOfferId"
            groups={groups}
            emptyLabel={t("noAlternativeOffer")}
            defaultValue={valueOf("alternativeOfferId")}
            describedBy={alternativeDescribedBy("alternativeOfferId")}
            invalid={Boolean(alternativeError || errorOf("alternativeOfferId"))}
            groupLabel={(group) => `${group.unitName} – ${kinds(group.kind)}`}
          />
          <FieldError form={FORM} field="alternativeOfferId" error={errorOf("alternativeOfferId")} />
        </div>
        <div className="mt-4">
          <label htmlFor={fieldId(FORM, "alternativeText")} className="block font-semibold text-slate-900">
            {t("alternativeTextLabel")}
          </label>
          <Hint form={FORM} field="alternativeText">
            {t("alternativeTextHint", { min: ALTERNATIVE_TEXT_MIN, max: DECLINE_TEXT_MAX })}
          </Hint>
          <textarea
            id={fieldId(FORM, "alternativeText")}
            name="alternativeText"
            rows={4}
            maxLength={DECLINE_TEXT_MAX}
            defaultValue={valueOf("alternativeText")}
            aria-describedby={alternativeDescribedBy("alternativeText", true)}
            aria-invalid={alternativeError || errorOf("alternativeText") ? true : undefined}
            className={inputClass}
          />
          <FieldError form={FORM} field="alternativeText" error={errorOf("alternativeText")} />
        </div>
      </fieldset>

      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? t("declining") : t("submit")}
      </button>
    </form>
  );
}
