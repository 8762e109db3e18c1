"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Section } from "@/components/form/section";
import type { FormOffer } from "@/lib/referrals/get-referral-form-options";
import { CheckboxField, RadioGroupField, SelectField, TextAreaField, useFormFields } from "./fields";

interface DestinationStepProps {
  /** The offers the form knows: the one it was opened for and next-best ones chosen since. */
  offers: FormOffer[];
  /** Below the choice: the next-best offers, when there are any. */
  alternatives: React.ReactNode;
  /** Staff choose the responsible GP among these; null when the user does not choose one. */
  practiceGps: { id: string; name: string }[] | null;
  isGp: boolean;
}

/**
 * Step 4: the chosen offer or "Ved ikke", what the unit asks for, the referrer's doubts (which send it to central
 * triage), the responsible GP, a message and the citizen's consent. Fields not shown are not sent.
 */
export function DestinationStep({ offers, alternatives, practiceGps, isGp }: DestinationStepProps) {
  const t = useTranslations("referralForm");
  const { values } = useFormFields();
  const chosen = offers.find((offer) => offer.slug === values.offerSlug) ?? null;
  return (
    <>
      <Section legend={t("destinationLegend")}>
        {offers.length > 0 ? (
          <RadioGroupField
            name="offerSlug"
            legend={t("offerChoiceLegend")}
            options={[
              ...offers.map((offer) => ({ value: offer.slug, label: t("offerOption", { title: offer.title, unit: offer.unitName }) })),
              { value: "", label: t("noOffer") },
            ]}
          />
        ) : (
          <p className="text-lg font-semibold text-slate-900">{t("noOffer")}</p>
        )}
        {chosen && !chosen.isActive ? <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">{t("offerPaused")}</p> : null}
        {alternatives}
        <p>
          <Link href="/tilbud" className="font-semibold">
            {offers.length > 0 ? t("chooseAnotherOffer") : t("chooseOffer")}
          </Link>
        </p>
      </Section>

      {chosen ? (
        <Section legend={t("unitLegend", { unit: chosen.unitName })}>
          {chosen.referralRequirements.length > 0 ? (
            <div>
              <h3 id="unit-requirements" className="font-semibold text-slate-900">
                {t("requirementsTitle", { unit: chosen.unitName })}
              </h3>
              <ul aria-labelledby="unit-requirements" className="mt-1 list-disc space-y-1 pl-6">
                {chosen.referralRequirements.map((requirement) => (
                  <li key={requirement}>{requirement}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <TextAreaField name="unitInformation" label={t("unitInformationLabel")} hint={t("unitInformationHint")} rows={5} maxLength={3000} />
          <CheckboxField name="eligibilityUnclear" label={t("eligibilityUnclearLabel")} hint={t("toTriageHint")} />
          <CheckboxField
            name="possibleExclusion"
            label={t("possibleExclusionLabel")}
            hint={chosen.exclusionCriteria.length > 0 ? t("exclusionHint", { criteria: chosen.exclusionCriteria.join(", ") }) : t("toTriageHint")}
          />
        </Section>
      ) : null}

      <Section legend={t("sendLegend")}>
        {practiceGps ? (
          <SelectField
            name="responsibleGpId"
            label={t("responsibleGpLabel")}
            hint={t("responsibleGpHint")}
            options={[{ value: "", label: t("responsibleGpChoose") }, ...practiceGps.map((gp) => ({ value: gp.id, label: gp.name }))]}
            className="max-w-md"
          />
        ) : isGp ? (
          <p className="text-slate-800">{t("responsibleSelf")}</p>
        ) : null}
        <TextAreaField name="messageToReceiver" label={t("messageToReceiverLabel")} hint={t("messageToReceiverHint")} rows={3} maxLength={2000} />
        <CheckboxField name="consent" label={t("consentLabel")} hint={t("consentHint")} />
      </Section>
    </>
  );
}
