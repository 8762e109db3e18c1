"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import type { ActionState } from "@/lib/http/action";

// The pieces every decision form on the case page shares, following components/offer-edit-form.tsx: a label above the
// control, a hint, the field's own error under it tied by aria-describedby, an error summary that takes focus, and a
// pending state on the button. Ids carry the form's name, because several forms share the page.

export const inputClass =
  "mt-2 block w-full rounded-md border-2 border-slate-600 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700 aria-invalid:ring-2 aria-invalid:ring-red-200";
export const primaryButton = "rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70";
export const secondaryButton =
  "rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70";

/** What a decision form needs of its action's state: the errors by field and the values typed, kept after an error. */
export function formState<T>(state: ActionState<T>) {
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return {
    errorOf: (field: string) => errors[field]?.[0],
    valueOf: (field: string) => {
      const value = values[field];
      return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
    },
    valuesOf: (field: string) => {
      const value = values[field];
      return Array.isArray(value) ? value : value ? [value] : [];
    },
  };
}

export const fieldId = (form: string, field: string) => `${form}-${field}`;

/** The ids a control is described by: its hint and its error, when they are shown. */
export function describedBy(form: string, field: string, { hint, error }: { hint?: boolean; error?: string }) {
  return [hint ? `${fieldId(form, field)}-hint` : null, error ? `${fieldId(form, field)}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldError({ form, field, error }: { form: string; field: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(form, field)}-error`} className="mt-2 font-semibold text-red-800">
      {error}
    </p>
  );
}

export function Hint({ form, field, children }: { form: string; field: string; children: React.ReactNode }) {
  return (
    <p id={`${fieldId(form, field)}-hint`} className="mt-1 text-slate-700">
      {children}
    </p>
  );
}

/**
 * After a failed submit: the message and a link to each field with an error (moving focus there, not just scrolling).
 * It takes focus, so a screen reader hears what went wrong. `fields` maps each error key to the control to focus.
 */
export function ErrorSummary<T>({ form, state, fields }: { form: string; state: ActionState<T>; fields: Record<string, string> }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);
  if (state.status !== "error") return null;
  const listed = Object.entries(fields).flatMap(([key, control]) => {
    const error = state.fieldErrors[key]?.[0];
    return error ? [{ key, control, error }] : [];
  });
  const focus = (event: MouseEvent<HTMLAnchorElement>, control: string) => {
    const element = document.getElementById(fieldId(form, control));
    if (!element) return;
    event.preventDefault();
    element.focus();
    element.scrollIntoView({ block: "center" });
  };
  return (
    <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${form}-errors-title`} className="rounded-lg border-4 border-red-700 bg-red-50 p-4 focus:outline-none focus-visible:outline-3">
      <h3 id={`${form}-errors-title`} className="text-lg font-bold text-red-900">
        {state.message}
      </h3>
      {listed.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {listed.map(({ key, control, error }) => (
            <li key={key}>
              <a href={`#${fieldId(form, control)}`} onClick={(event) => focus(event, control)} className="font-semibold text-red-900 hover:text-red-950">
                {error}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The referral and the version the page showed: a decision on a case changed meanwhile is refused. */
export function CaseRefFields({ referralId, version }: { referralId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="referralId" value={referralId} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
}
