"use client";

import { ErrorSummary } from "@/components/form/error-summary";
import { FORM_FIELDS, type FieldErrors } from "@/lib/referrals/referral-form-values";
import { fieldId } from "./fields";

export const ERROR_SUMMARY_ID = "referral-errors";

/** Every error of the form at the top, each linking to its field (on whichever step it is); takes focus when shown. */
export function ReferralErrorSummary({ message, errors, onSelect }: { message: string; errors: FieldErrors; onSelect: (field: string) => void }) {
  const others = Object.keys(errors).filter((field) => !FORM_FIELDS.includes(field));
  const fields = [...FORM_FIELDS, ...others].filter((field) => errors[field]?.length);
  return (
    <ErrorSummary
      id={ERROR_SUMMARY_ID}
      titleId={`${ERROR_SUMMARY_ID}-title`}
      title={message}
      errors={fields.map((field) => ({ key: field, message: errors[field]?.[0] ?? "", target: FORM_FIELDS.includes(field) ? fieldId(field) : undefined }))}
      onSelect={(event, error) => {
        // The field may be on a step not shown: the form shows its step first, then moves focus there.
        event.preventDefault();
        onSelect(error.key);
      }}
    />
  );
}
