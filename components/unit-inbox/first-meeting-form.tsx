"use client";

import type { ReferrerWords } from "@/components/referrer-words";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/form/field";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { CaseErrorSummary, CaseRefFields, fieldId, formState } from "@/components/triage/form-parts";
import type { FormAction } from "@/lib/http/action-state";
import { PLACE_LIMITS } from "@/lib/unit-inbox/schemas";

const FORM = "first-meeting";

/** A concrete date, time and place for the first meeting; booking again moves it. */
export function FirstMeetingForm({ action, referralId, version, rebooking, words }: { action: FormAction<null>; referralId: string; version: number; rebooking: boolean; words: ReferrerWords }) {
  const t = useTranslations("unitInbox.firstMeeting");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const { errorOf, valueOf } = formState(state);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <CaseErrorSummary form={FORM} state={state} fields={{ date: "date", time: "time", place: "place" }} />
      <CaseRefFields referralId={referralId} version={version} />
      <p className="text-slate-800">{rebooking ? t("rebookIntro", words) : t("intro", words)}</p>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={fieldId(FORM, "date")} label={t("dateLabel")} error={errorOf("date")}>
          {(control) => <input {...control} type="date" name="date" required defaultValue={valueOf("date")} className={inputClass} />}
        </Field>
        <Field id={fieldId(FORM, "time")} label={t("timeLabel")} error={errorOf("time")}>
          {(control) => <input {...control} type="time" name="time" required defaultValue={valueOf("time")} className={inputClass} />}
        </Field>
      </div>
      <Field id={fieldId(FORM, "place")} label={t("placeLabel")} hint={t("placeHint")} error={errorOf("place")}>
        {(control) => <input {...control} type="text" name="place" required maxLength={PLACE_LIMITS.max} defaultValue={valueOf("place")} className={inputClass} />}
      </Field>
      <SubmitButton pending={pending} label={rebooking ? t("rebook") : t("submit")} pendingLabel={t("saving")} />
    </form>
  );
}
