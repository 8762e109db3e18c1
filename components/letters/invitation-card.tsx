"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/form/field";
import { Select } from "@/components/form/select";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import type { FormAction } from "@/lib/http/action-state";
import { INVITATION_LANGUAGES, invitationLanguageFor } from "@/lib/letters/invitation";

/**
 * The invitation to the first meeting, for the citizen: the unit chooses the language (the citizen's, when there is a
 * letter in it) and opens it to print or save as PDF. Made once per meeting and language; opening it again shows the same.
 */
export function InvitationCard({ action, referralId, citizenLanguage }: { action: FormAction<null>; referralId: string; citizenLanguage: string }) {
  const t = useTranslations("letters");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state.status === "error" ? (
        <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900">
          {state.message}
        </p>
      ) : null}
      <p className="text-slate-800">{t("intro")}</p>
      <input type="hidden" name="referralId" value={referralId} />
      <Field id="invitation-language" label={t("languageLabel")} hint={t("languageHint")}>
        {(control) => (
          <Select {...control} name="language" defaultValue={invitationLanguageFor(citizenLanguage)} className={`${inputClass} max-w-xs`}>
            {INVITATION_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <SubmitButton pending={pending} label={t("make")} pendingLabel={t("making")} secondary />
    </form>
  );
}
