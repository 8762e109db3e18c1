"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NotificationMode } from "@/lib/generated/prisma/enums";
import type { FormAction } from "@/lib/http/action-state";
import { MAX_EMAIL_LENGTH, toNotificationSettingsValues, type NotificationSettings, type NotificationSettingsField } from "@/lib/notifications/schemas";
import { ActionErrorSummary } from "./form/error-summary";
import { describedBy, errorId, Field, FieldError, hintId } from "./form/field";
import { SubmitButton } from "./form/submit-button";
import { checkboxClass, inputClass } from "./form/styles";

const MODES = Object.values(NotificationMode);
const idOf = (field: string) => `notification-settings-${field}`;
// The first choice carries the group's id, so the error summary can move focus to it.
const modeId = (mode: NotificationMode) => (mode === MODES[0] ? idOf("notificationMode") : idOf(`notificationMode-${mode}`));

/**
 * The organisation's address for e-mails about its referrals, and "straks" or "én gang om dagen". After a failed save
 * the typed values come back and the summary at the top takes focus; after a save, a confirmation is announced.
 */
export function NotificationSettingsForm({
  action,
  values,
  digestHour,
}: {
  /** Saves the settings and answers with what is saved now and which fields changed. */
  action: FormAction<NotificationSettings & { changed: NotificationSettingsField[] }>;
  values: Record<NotificationSettingsField, string>;
  digestHour: number;
}) {
  const t = useTranslations("notificationSettings");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });

  // React resets a form after its action: the defaults are what was typed (after an error) or what is saved.
  const shown = state.status === "error" ? state.values : state.status === "success" ? toNotificationSettingsValues(state.data) : values;
  const value = (field: NotificationSettingsField) => {
    const raw = shown[field];
    return Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  };
  const errors = state.status === "error" ? state.fieldErrors : {};
  const modeError = errors.notificationMode?.[0];

  return (
    // The schema's messages are clearer than the browser's, so the browser's own checks are off.
    <form action={formAction} noValidate className="mt-6 space-y-8">
      <ActionErrorSummary
        state={state}
        titleId="notification-settings-errors-title"
        targets={{ email: idOf("email"), notificationMode: idOf("notificationMode") }}
        level={3}
      />

      <Field id={idOf("email")} label={t("emailLabel")} hint={t("emailHint")} error={errors.email?.[0]}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            // The organisation's shared address, not the user's own: the browser should not offer theirs.
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_EMAIL_LENGTH}
            defaultValue={value("email")}
            className={`${inputClass} max-w-xl`}
          />
        )}
      </Field>

      <fieldset aria-describedby={describedBy(modeError && errorId(idOf("notificationMode")))}>
        <legend className="font-semibold text-slate-900">{t("modeLegend")}</legend>
        <FieldError id={idOf("notificationMode")} error={modeError} />
        <div className="mt-3 space-y-4">
          {MODES.map((mode) => (
            <div key={mode} className="flex gap-3">
              <input
                id={modeId(mode)}
                type="radio"
                name="notificationMode"
                value={mode}
                defaultChecked={value("notificationMode") === mode}
                aria-describedby={hintId(modeId(mode))}
                aria-invalid={modeError ? true : undefined}
                className={checkboxClass}
              />
              <div>
                <label htmlFor={modeId(mode)} className="font-semibold text-slate-900">
                  {t(`modes.${mode}`, { hour: digestHour })}
                </label>
                <p id={hintId(modeId(mode))} className="text-slate-700">
                  {t(`modeHints.${mode}`)}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} label={t("save")} pendingLabel={t("saving")} />
        <p role="status" className="font-semibold text-green-900">
          {state.status === "success" ? t(`saved.${state.data.notificationMode}`, { email: state.data.email, hour: digestHour }) : null}
        </p>
      </div>
    </form>
  );
}
