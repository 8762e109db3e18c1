"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/http/action-state";
import {
  MAX_REQUIREMENT_LENGTH,
  MAX_REQUIREMENTS,
  COST_NOTE_MAX,
  MAX_WAITING_WEEKS,
  OFFER_TEXT_LIMITS,
  OFFER_UPDATE_FIELDS,
  type OfferEditValues,
  type OfferUpdateField,
} from "@/lib/offers/schemas";
import { Checkbox } from "./form/checkbox";
import { ActionErrorSummary } from "./form/error-summary";
import { Field } from "./form/field";
import { Section } from "./form/section";
import { Select } from "./form/select";
import { SubmitButton } from "./form/submit-button";
import { inputClass } from "./form/styles";

const CAPACITY = ["OPEN", "LIMITED", "FULL"] as const;
const idOf = (field: string) => `offer-${field}`;

/**
 * The edit form of one offer of the user's unit, with the version it shows in a hidden field. After a failed save the
 * typed values come back in the state and the summary at the top takes focus; each field says its own error. After a
 * save — and when someone else saved meanwhile — it shows what is stored, so the next save cannot write old values.
 */
export function OfferEditForm({
  action,
  offerId,
  values,
  publicHref,
}: {
  /** Saves the offer and answers with the fields it changed and what is stored now. */
  action: FormAction<{ changed: OfferUpdateField[]; values: OfferEditValues }>;
  offerId: string;
  values: OfferEditValues;
  publicHref: string;
}) {
  const t = useTranslations("catalogue");
  const tc = useTranslations("labels.capacity");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });

  // React resets a form after its action: the defaults are what was typed or is stored (after an error) or what was saved.
  const shown = state.status === "error" ? state.values : state.status === "success" ? state.data.values : values;
  const value = (field: OfferUpdateField | "version") => {
    const raw = shown[field];
    return Array.isArray(raw) ? raw.join("\n") : (raw ?? "");
  };
  const errors = state.status === "error" ? state.fieldErrors : {};
  const at = (field: OfferUpdateField) => ({ id: idOf(field), error: errors[field]?.[0] });

  const text = (field: keyof typeof OFFER_TEXT_LIMITS, rows?: number) => {
    const limits = OFFER_TEXT_LIMITS[field];
    return (
      <Field {...at(field)} label={t(`${field}Label`)} hint={t(`${field}Hint`, limits)}>
        {(control) =>
          rows ? (
            <textarea {...control} name={field} rows={rows} maxLength={limits.max} defaultValue={value(field)} className={inputClass} />
          ) : (
            <input {...control} name={field} type="text" maxLength={limits.max} defaultValue={value(field)} className={inputClass} />
          )
        }
      </Field>
    );
  };

  return (
    // The schema's messages are clearer than the browser's, so the browser's own checks are off; the attributes stay as hints.
    <form action={formAction} noValidate className="max-w-3xl space-y-8">
      <ActionErrorSummary state={state} titleId="offer-errors-title" targets={Object.fromEntries(OFFER_UPDATE_FIELDS.map((field) => [field, idOf(field)]))} />

      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="version" value={value("version")} />

      <Section legend={t("aboutSection")}>
        {text("title")}
        {text("summary", 5)}
        {text("firstMeeting", 4)}
        {text("forWhom", 3)}
        {text("schedule")}
        <Checkbox id={idOf("hasEveningTimes")} name="hasEveningTimes" label={t("hasEveningTimesLabel")} defaultChecked={value("hasEveningTimes") === "on"} />
      </Section>

      <Section legend={t("accessSection")}>
        <p className="text-slate-700">{t("accessHint")}</p>
        {(["transportHelp", "homeVisits", "stepFreeAccess", "isFree"] as const).map((field) => (
          <Checkbox key={field} id={idOf(field)} name={field} label={t(`${field}Label`)} defaultChecked={value(field) === "on"} />
        ))}
        <Field {...at("costNote")} label={t("costNoteLabel")} hint={t("costNoteHint", { max: COST_NOTE_MAX })}>
          {(control) => <input {...control} name="costNote" type="text" maxLength={COST_NOTE_MAX} defaultValue={value("costNote")} className={inputClass} />}
        </Field>
      </Section>

      <Section legend={t("waitingSection")}>
        <Field {...at("waitingWeeks")} label={t("waitingWeeksLabel")} hint={t("waitingWeeksHint", { max: MAX_WAITING_WEEKS })}>
          {(control) => (
            <input
              {...control}
              name="waitingWeeks"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={value("waitingWeeks")}
              className={`${inputClass} max-w-32`}
            />
          )}
        </Field>
        <Field {...at("capacityStatus")} label={t("capacityStatusLabel")}>
          {(control) => (
            <Select {...control} name="capacityStatus" defaultValue={value("capacityStatus")} className={`${inputClass} max-w-md`}>
              {CAPACITY.map((status) => (
                <option key={status} value={status}>
                  {tc(status)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Checkbox id={idOf("isActive")} name="isActive" label={t("isActiveLabel")} hint={t("isActiveHint")} defaultChecked={value("isActive") === "on"} />
      </Section>

      <Section legend={t("referralSection")}>
        <Field {...at("newUntil")} label={t("newUntilLabel")} hint={t("newUntilHint")}>
          {(control) => <input {...control} name="newUntil" type="date" defaultValue={value("newUntil")} className={`${inputClass} max-w-56`} />}
        </Field>
        <Field {...at("referralRequirements")} label={t("referralRequirementsLabel")} hint={t("referralRequirementsHint", { max: MAX_REQUIREMENTS, length: MAX_REQUIREMENT_LENGTH })}>
          {(control) => <textarea {...control} name="referralRequirements" rows={6} defaultValue={value("referralRequirements")} className={inputClass} />}
        </Field>
      </Section>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} label={t("save")} pendingLabel={t("saving")} />
        <div role="status" className="font-semibold text-green-900">
          {state.status === "success" ? (
            <>
              {state.data.changed.length > 0 ? t("saved") : t("savedUnchanged")} <a href={publicHref}>{t("viewPublic")}</a>
            </>
          ) : null}
        </div>
      </div>
    </form>
  );
}
