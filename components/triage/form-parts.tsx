"use client";

import { ActionErrorSummary } from "@/components/form/error-summary";
import type { ActionState } from "@/lib/http/action-state";

// What every decision form on the case page shares besides the form parts (components/form). Ids carry the form's
// name, because several forms share the page.

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

/** A case form's error summary: each error key maps to the control (a field of the form) it links to. */
export function CaseErrorSummary<T>({ form, state, fields }: { form: string; state: ActionState<T>; fields: Record<string, string> }) {
  const targets = Object.fromEntries(Object.entries(fields).map(([key, control]) => [key, fieldId(form, control)]));
  return <ActionErrorSummary state={state} targets={targets} titleId={`${form}-errors-title`} level={3} />;
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
