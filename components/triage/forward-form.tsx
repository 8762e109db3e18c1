"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { forwardAction } from "@/app/visitation/actions";
import type { OfferChoiceGroup } from "@/lib/triage/list-offer-choices";
import { NOTE_MAX } from "@/lib/triage/schemas";
import { OfferSelect } from "./offer-select";
import { CaseRefFields, describedBy, ErrorSummary, FieldError, fieldId, formState, Hint, inputClass, primaryButton } from "./form-parts";

const FORM = "forward";
/** Selects for further offers; each one chosen becomes a split referral to that offer's unit. */
const EXTRA_SELECTS = 2;

/** Forward to one or more offers: the first is where this referral goes, each further one gets its own referral. */
export function ForwardForm({ referralId, version, groups }: { referralId: string; version: number; groups: OfferChoiceGroup[] }) {
  const t = useTranslations("triage.forward");
  const [state, formAction, pending] = useActionState(forwardAction, { status: "idle" });
  const { errorOf, valueOf, valuesOf } = formState(state);
  const also = valuesOf("alsoOfferIds");

  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary form={FORM} state={state} fields={{ offerId: "offerId", alsoOfferIds: "alsoOfferIds-1", note: "note" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <p className="text-slate-800">{t("intro")}</p>

      <div>
        <label htmlFor={fieldId(FORM, "offerId")} className="block font-semibold text-slate-900">
          {t("offerLabel")}
        </label>
        <OfferSelect
          id={fieldId(FORM, "offerId")}
          name="offerId"
          groups={groups}
          emptyLabel={t("chooseOffer")}
          defaultValue={valueOf("offerId")}
          describedBy={describedBy(FORM, "offerId", { error: errorOf("offerId") })}
          invalid={Boolean(errorOf("offerId"))}
        />
        <FieldError form={FORM} field="offerId" error={errorOf("offerId")} />
      </div>

      <fieldset>
        <legend className="font-semibold text-slate-900">{t("alsoLegend")}</legend>
        <Hint form={FORM} field="alsoOfferIds">
          {t("alsoHint")}
        </Hint>
        {Array.from({ length: EXTRA_SELECTS }, (_, index) => {
          const field = `alsoOfferIds-${index + 1}`;
          return (
            <div key={field} className="mt-3">
              <label htmlFor={fieldId(FORM, field)} className="block text-slate-900">
                {t("alsoLabel", { number: index + 2 })}
              </label>
              <OfferSelect
                id={fieldId(FORM, field)}
                name="alsoOfferIds"
                groups={groups}
                emptyLabel={t("noMore")}
                defaultValue={also[index] ?? ""}
                describedBy={describedBy(FORM, "alsoOfferIds", { hint: true, error: errorOf("alsoOfferIds") })}
                invalid={Boolean(errorOf("alsoOfferIds"))}
              />
            </div>
          );
        })}
        <FieldError form={FORM} field="alsoOfferIds" error={errorOf("alsoOfferIds")} />
      </fieldset>

      <div>
        <label htmlFor={fieldId(FORM, "note")} className="block font-semibold text-slate-900">
          {t("noteLabel")}
        </label>
        <Hint form={FORM} field="note">
          {t("noteHint", { max: NOTE_MAX })}
        </Hint>
        <textarea
          id={fieldId(FORM, "note")}
          name="note"
          rows={3}
          maxLength={NOTE_MAX}
          defaultValue={valueOf("note")}
          aria-describedby={describedBy(FORM, "note", { hint: true, error: errorOf("note") })}
          aria-invalid={errorOf("note") ? true : undefined}
          className={inputClass}
        />
        <FieldError form={FORM} field="note" error={errorOf("note")} />
      </div>

      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
