"use client";

import { useTranslations } from "next-intl";
import { Section } from "@/components/form/section";
import { EducationLevel, EmploymentStatus } from "@/lib/generated/prisma/enums";
import { BARRIERS } from "@/lib/routing/barriers";
import { BARRIER_NOTE_MAX } from "@/lib/referrals/schemas";
import { CheckboxField, CheckboxGroupField, RadioGroupField, SelectField, TextAreaField } from "./fields";

/**
 * Step 3: the social situation, what can stand in the way of taking part (routing checks it against the chosen offer)
 * and the shared social profile — the same questions on every referral, whichever unit it goes to.
 */
export function SocialStep() {
  const t = useTranslations("referralForm");
  const barrierLabel = useTranslations("labels.barrier");
  return (
    <>
      <p className="max-w-3xl rounded-md border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-slate-900">{t("socialWhy")}</p>
      <Section legend={t("socialLegend")}>
        <CheckboxField name="socialNeeds" label={t("socialNeedsLabel")} hint={t("socialNeedsHint")} />
        <TextAreaField name="socialSituation" label={t("socialSituationLabel")} hint={t("socialSituationHint")} rows={3} maxLength={1000} />
      </Section>
      <Section legend={t("barriersLegend")}>
        <CheckboxGroupField
          name="barriers"
          legend={t("barriersLabel")}
          hint={t("barriersHint")}
          options={BARRIERS.map((value) => ({ value, label: barrierLabel(value) }))}
        />
        <TextAreaField name="barrierNote" label={t("barrierNoteLabel")} hint={t("barrierNoteHint")} rows={2} maxLength={BARRIER_NOTE_MAX} />
      </Section>
      <Section legend={t("profileLegend")}>
        <SelectField
          name="educationLevel"
          label={t("educationLevelLabel")}
          options={Object.values(EducationLevel).map((value) => ({ value, label: t(`education.${value}`) }))}
          className="max-w-xl"
        />
        <SelectField
          name="employmentStatus"
          label={t("employmentStatusLabel")}
          options={Object.values(EmploymentStatus).map((value) => ({ value, label: t(`employment.${value}`) }))}
          className="max-w-md"
        />
        <RadioGroupField
          name="livesAlone"
          legend={t("livesAloneLegend")}
          options={[
            { value: "yes", label: t("yes") },
            { value: "no", label: t("no") },
            { value: "", label: t("dontKnow") },
          ]}
        />
      </Section>
    </>
  );
}
