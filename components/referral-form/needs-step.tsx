"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { describedBy, errorId, FieldError, hintId } from "@/components/form/field";
import { Section } from "@/components/form/section";
import type { NeedGroup } from "@/lib/referrals/get-referral-form-options";
import { CheckboxField, fieldId, ListCheckbox, TextAreaField, TextField, useFormFields } from "./fields";

/** Step 2: what the citizen struggles with, in the need taxonomy's lay words and in the referrer's own. */
export function NeedsStep({ needGroups, screeningHref }: { needGroups: NeedGroup[]; screeningHref: string | null }) {
  const t = useTranslations("referralForm");
  const tl = useTranslations("labels.needCategory");
  const { errors } = useFormFields();
  const error = errors.needSlugs?.[0];
  const firstSlug = needGroups[0]?.needs[0]?.slug;
  return (
    <>
      {screeningHref ? (
        <p className="max-w-3xl rounded-md border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-slate-900" data-testid="screening-attached">
          {t("screeningAttached")}{" "}
          <Link href={screeningHref} className="font-semibold">
            {t("screeningEdit")}
          </Link>
        </p>
      ) : null}
      <fieldset aria-describedby={describedBy(hintId(fieldId("needSlugs")), error && errorId(fieldId("needSlugs")))} className="rounded-lg border border-slate-300 p-5">
        <legend className="px-2 text-xl font-bold text-slate-900">{t("needsLegend")}</legend>
        <p id={hintId(fieldId("needSlugs"))} className="text-slate-700">
          {t("needsHint")}
        </p>
        <FieldError id={fieldId("needSlugs")} error={error} />
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          {needGroups.map((group) => (
            <fieldset key={group.category}>
              <legend className="font-bold text-slate-900">{tl(group.category)}</legend>
              <ul className="mt-2 space-y-2">
                {group.needs.map((need) => (
                  <ListCheckbox key={need.slug} name="needSlugs" value={need.slug} label={need.label} first={need.slug === firstSlug} />
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
      </fieldset>
      <TextAreaField name="needsText" label={t("needsTextLabel")} hint={t("needsTextHint")} rows={4} maxLength={2000} />
      <Section legend={t("healthLegend")}>
        <TextAreaField name="diagnoses" label={t("diagnosesLabel")} hint={t("diagnosesHint")} rows={3} />
        <CheckboxField name="multiMorbidity" label={t("multiMorbidityLabel")} />
        <TextField name="chronicConditionCount" label={t("chronicConditionCountLabel")} hint={t("chronicConditionCountHint")} inputMode="numeric" maxLength={2} className="max-w-24" />
      </Section>
    </>
  );
}
