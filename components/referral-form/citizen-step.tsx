"use client";

import { useTranslations } from "next-intl";
import { Section } from "@/components/form/section";
import { parseCpr } from "@/lib/citizens/cpr";
import { ContactChannel, District } from "@/lib/generated/prisma/enums";
import { CheckboxField, SelectField, TextField, textOf, useFormFields } from "./fields";

/** Step 1: who the citizen is and how the unit reaches them. */
export function CitizenStep({ languages }: { languages: { value: string; label: string }[] }) {
  const t = useTranslations("referralForm");
  const tl = useTranslations("labels");
  const { values } = useFormFields();
  // Modulus 11 is no rule since 2007: a number that fails it is said, never refused.
  const cpr = parseCpr(textOf(values, "cpr"));
  return (
    <>
      <Section legend={t("citizenWho")}>
        <TextField
          name="cpr"
          label={t("cprLabel")}
          hint={t("cprHint")}
          warning={cpr.ok && cpr.mod11Warning ? t("cprWarning") : undefined}
          inputMode="numeric"
          maxLength={11}
          className="max-w-56 font-mono"
        />
        <TextField name="citizenName" label={t("citizenNameLabel")} maxLength={120} />
        <SelectField
          name="district"
          label={t("districtLabel")}
          options={[{ value: "", label: t("notStated") }, ...Object.values(District).map((value) => ({ value, label: tl(`district.${value}`) }))]}
          className="max-w-md"
        />
      </Section>
      <Section legend={t("citizenContact")}>
        <TextField name="phone" label={t("phoneLabel")} hint={t("phoneHint")} inputMode="tel" maxLength={20} className="max-w-56" />
        <TextField name="bestTimeToCall" label={t("bestTimeToCallLabel")} hint={t("bestTimeToCallHint")} maxLength={100} />
        <SelectField
          name="preferredChannel"
          label={t("preferredChannelLabel")}
          options={[{ value: "", label: t("notStated") }, ...Object.values(ContactChannel).map((value) => ({ value, label: t(`channel.${value}`) }))]}
          className="max-w-md"
        />
        <SelectField name="language" label={t("languageLabel")} options={languages} className="max-w-md" />
        <CheckboxField name="needsInterpreter" label={t("needsInterpreterLabel")} />
      </Section>
    </>
  );
}
