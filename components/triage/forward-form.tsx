"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, errorId, Field, FieldError, Hint, hintId } from "@/components/form/field";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import type { FormAction } from "@/lib/http/action-state";
import type { OfferChoiceGroup } from "@/lib/triage/list-offer-choices";
import type { SuggestedOffer } from "@/lib/triage/suggest-offers";
import { NOTE_MAX } from "@/lib/referrals/schemas";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "./form-parts";
import { OfferSelect } from "./offer-select";

const FORM = "forward";
/** Selects for further offers; each one chosen becomes a split referral to that offer's unit. */
const EXTRA_SELECTS = 2;

/** Forward to one or more offers: the first is where this referral goes, each further one gets its own referral. */
export function ForwardForm({
  referralId,
  version,
  groups,
  suggested,
  action,
  intro,
  firstChoices,
}: {
  referralId: string;
  version: number;
  groups: OfferChoiceGroup[];
  /** The next-best offers for the referral (lib/triage/suggest-offers.ts), listed first. */
  suggested: SuggestedOffer[];
  /** Central triage's forward (app/visitation/actions.ts), or the unit's (app/indbakke/actions.ts), which may send it back to central triage. */
  action: FormAction<null>;
  /** What forwarding means here, naming the referrer. */
  intro: string;
  /** Destinations offered before the offers in the first select, e.g. back to central triage. */
  firstChoices?: { value: string; label: string }[];
}) {
  const t = useTranslations("triage.forward");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf, valuesOf } = formState(state);
  const also = valuesOf("alsoOfferIds");
  const alsoId = fieldId(FORM, "alsoOfferIds");

  return (
    <form action={formAction} noValidate className="space-y-5">
      <CaseErrorSummary form={FORM} state={state} fields={{ offerId: "offerId", alsoOfferIds: "alsoOfferIds-1", note: "note" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <p className="text-slate-800">{intro}</p>

      <Field id={fieldId(FORM, "offerId")} label={t("offerLabel")} error={errorOf("offerId")}>
        {(control) => (
          <OfferSelect
            id={control.id}
            name="offerId"
            groups={groups}
            suggested={suggested}
            emptyLabel={t("chooseOffer")}
            extraChoices={firstChoices}
            defaultValue={valueOf("offerId")}
            describedBy={control["aria-describedby"]}
            invalid={Boolean(control["aria-invalid"])}
          />
        )}
      </Field>

      <fieldset>
        <legend className="font-semibold text-slate-900">{t("alsoLegend")}</legend>
        <Hint id={alsoId}>{t("alsoHint")}</Hint>
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
                describedBy={describedBy(hintId(alsoId), errorOf("alsoOfferIds") && errorId(alsoId))}
                invalid={Boolean(errorOf("alsoOfferIds"))}
              />
            </div>
          );
        })}
        <FieldError id={alsoId} error={errorOf("alsoOfferIds")} />
      </fieldset>

      <Field id={fieldId(FORM, "note")} label={t("noteLabel")} hint={t("noteHint", { max: NOTE_MAX })} error={errorOf("note")}>
        {(control) => <textarea {...control} name="note" rows={3} maxLength={NOTE_MAX} defaultValue={valueOf("note")} className={inputClass} />}
      </Field>

      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("sending")} />
    </form>
  );
}
