"use client";

import { useTranslations } from "next-intl";
import { Section } from "@/components/form/section";
import { EducationLevel, EmploymentStatus } from "@/lib/generated/prisma/enums";
import { CheckboxField, RadioGroupField, SelectField, TextAreaField } from "./fields";

/** Step 3: the shared social profile — the same questions on every referral, whichever unit it goes to. */
export function SocialStep() {
  const t = useTranslations("referralForm");
  return (
    <>
      <p className="max-w-3xl rounded-md border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-slate-900">{t("socialWhy")}</p>
      <Section legend={t("socialLegend")}>
        <CheckboxField name="socialNeeds" label={t("socialNeedsLabel")} hint={t("socialNeedsHint")} />
        <TextAreaField name="socialSituation" label={t("socialSituationLabel")} hint={t("socialSituationHint")} rows={3} maxLength={1000} />
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
