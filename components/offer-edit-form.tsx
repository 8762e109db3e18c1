"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type MouseEvent } from "react";
import { updateOfferAction } from "@/app/indbakke/tilbud/actions";
import {
  MAX_REQUIREMENT_LENGTH,
  MAX_REQUIREMENTS,
  MAX_WAITING_WEEKS,
  OFFER_TEXT_LIMITS,
  OFFER_UPDATE_FIELDS,
  type OfferFormValues,
  type OfferUpdateField,
} from "@/lib/offers/schemas";

const CAPACITY = ["OPEN", "LIMITED", "FULL"] as const;
const idOf = (field: string) => `offer-${field}`;

const inputClass =
  "mt-2 block w-full rounded-md border-2 border-slate-600 px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700 aria-invalid:ring-2 aria-invalid:ring-red-200";
const buttonClass = "rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70";

interface FieldProps {
  name: OfferUpdateField;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => React.ReactNode;
}

/** Label above, hint and control, and the field's own error right under it, tied to the control. */
function Field({ name, label, hint, error, children }: FieldProps) {
  const describedBy = [hint ? `${idOf(name)}-hint` : null, error ? `${idOf(name)}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={idOf(name)} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${idOf(name)}-hint`} className="mt-1 text-slate-700">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      {error ? (
        <p id={`${idOf(name)}-error`} className="mt-2 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Checkbox({ name, label, hint, defaultChecked }: { name: OfferUpdateField; label: string; hint?: string; defaultChecked: boolean }) {
  return (
    <div className="flex gap-3">
      <input
        id={idOf(name)}
        name={name}
        type="checkbox"
        defaultChecked={defaultChecked}
        aria-describedby={hint ? `${idOf(name)}-hint` : undefined}
        className="mt-1 size-6 shrink-0 accent-brand-700"
      />
      <div>
        <label htmlFor={idOf(name)} className="font-semibold text-slate-900">
          {label}
        </label>
        {hint ? (
          <p id={`${idOf(name)}-hint`} className="text-slate-700">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

function Section({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-6 rounded-lg border border-slate-300 p-5">
      <legend className="px-2 text-xl font-bold text-slate-900">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Moves focus to the field a summary link points at (a plain fragment link only scrolls). */
function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const control = document.getElementById(idOf(field));
  if (!control) return;
  event.preventDefault();
  control.focus();
  control.scrollIntoView({ block: "center" });
}

/**
 * The edit form of one offer of the user's unit. After a failed save the typed values come back in the state and
 * the summary at the top takes focus; each field says its own error.
 */
export function OfferEditForm({ offerId, values, publicHref }: { offerId: string; values: OfferFormValues; publicHref: string }) {
  const t = useTranslations("catalogue");
  const tc = useTranslations("labels.capacity");
  const [state, formAction, pending] = useActionState(updateOfferAction, { status: "idle" });
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  // React resets a form after its action: the defaults are what was typed (after an error) or what is saved.
  const shown = state.status === "error" ? state.values : values;
  const value = (field: OfferUpdateField) => {
    const raw = shown[field];
    return Array.isArray(raw) ? raw.join("\n") : (raw ?? "");
  };
  const errors = state.status === "error" ? state.fieldErrors : {};
  const errorOf = (field: OfferUpdateField) => errors[field]?.[0];
  const summaryFields = OFFER_UPDATE_FIELDS.filter((field) => errorOf(field));

  const text = (field: keyof typeof OFFER_TEXT_LIMITS, rows?: number) => {
    const limits = OFFER_TEXT_LIMITS[field];
    return (
      <Field name={field} label={t(`${field}Label`)} hint={t(`${field}Hint`, limits)} error={errorOf(field)}>
        {(describedBy) =>
          rows ? (
            <textarea
              id={idOf(field)}
              name={field}
              rows={rows}
              maxLength={limits.max}
              defaultValue={value(field)}
              aria-describedby={describedBy}
              aria-invalid={errorOf(field) ? true : undefined}
              className={inputClass}
            />
          ) : (
            <input
              id={idOf(field)}
              name={field}
              type="text"
              maxLength={limits.max}
              defaultValue={value(field)}
              aria-describedby={describedBy}
              aria-invalid={errorOf(field) ? true : undefined}
              className={inputClass}
            />
          )
        }
      </Field>
    );
  };

  return (
    // The schema's messages are clearer than the browser's, so the browser's own checks are off; the attributes stay as hints.
    <form action={formAction} noValidate className="max-w-3xl space-y-8">
      {state.status === "error" ? (
        <div ref={summary} tabIndex={-1} role="alert" aria-labelledby="offer-errors-title" className="rounded-lg border-4 border-red-700 bg-red-50 p-5 focus:outline-none focus-visible:outline-3">
          <h2 id="offer-errors-title" className="text-xl font-bold text-red-900">
            {state.message}
          </h2>
          {summaryFields.length > 0 ? (
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {summaryFields.map((field) => (
                <li key={field}>
                  <a href={`#${idOf(field)}`} onClick={(event) => focusField(event, field)} className="font-semibold text-red-900 hover:text-red-950">
                    {errorOf(field)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <input type="hidden" name="offerId" value={offerId} />

      <Section legend={t("aboutSection")}>
        {text("title")}
        {text("summary", 5)}
        {text("firstMeeting", 4)}
        {text("forWhom", 3)}
        {text("schedule")}
        <Checkbox name="hasEveningTimes" label={t("hasEveningTimesLabel")} defaultChecked={value("hasEveningTimes") === "on"} />
      </Section>

      <Section legend={t("waitingSection")}>
        <Field name="waitingWeeks" label={t("waitingWeeksLabel")} hint={t("waitingWeeksHint", { max: MAX_WAITING_WEEKS })} error={errorOf("waitingWeeks")}>
          {(describedBy) => (
            <input
              id={idOf("waitingWeeks")}
              name="waitingWeeks"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={value("waitingWeeks")}
              aria-describedby={describedBy}
              aria-invalid={errorOf("waitingWeeks") ? true : undefined}
              className={`${inputClass} max-w-32`}
            />
          )}
        </Field>
        <Field name="capacityStatus" label={t("capacityStatusLabel")} error={errorOf("capacityStatus")}>
          {(describedBy) => (
            <select
              id={idOf("capacityStatus")}
              name="capacityStatus"
              defaultValue={value("capacityStatus")}
              aria-describedby={describedBy}
              aria-invalid={errorOf("capacityStatus") ? true : undefined}
              className={`${inputClass} max-w-md bg-white`}
            >
              {CAPACITY.map((status) => (
                <option key={status} value={status}>
                  {tc(status)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Checkbox name="isActive" label={t("isActiveLabel")} hint={t("isActiveHint")} defaultChecked={value("isActive") === "on"} />
      </Section>

      <Section legend={t("referralSection")}>
        <Field name="newUntil" label={t("newUntilLabel")} hint={t("newUntilHint")} error={errorOf("newUntil")}>
          {(describedBy) => (
            <input
              id={idOf("newUntil")}
              name="newUntil"
              type="date"
              defaultValue={value("newUntil")}
              aria-describedby={describedBy}
              aria-invalid={errorOf("newUntil") ? true : undefined}
              className={`${inputClass} max-w-56`}
            />
          )}
        </Field>
        <Field
          name="referralRequirements"
          label={t("referralRequirementsLabel")}
          hint={t("referralRequirementsHint", { max: MAX_REQUIREMENTS, length: MAX_REQUIREMENT_LENGTH })}
          error={errorOf("referralRequirements")}
        >
          {(describedBy) => (
            <textarea
              id={idOf("referralRequirements")}
              name="referralRequirements"
              rows={6}
              defaultValue={value("referralRequirements")}
              aria-describedby={describedBy}
              aria-invalid={errorOf("referralRequirements") ? true : undefined}
              className={inputClass}
            />
          )}
        </Field>
      </Section>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("saving") : t("save")}
        </button>
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
