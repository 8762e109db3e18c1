"use client";

import { FORM_FIELDS, type FieldErrors } from "@/lib/referrals/referral-form-values";
import { fieldId } from "./fields";

export const ERROR_SUMMARY_ID = "referral-errors";

/** Every error of the form at the top, each linking to its field (on whichever step it is); takes focus when shown. */
export function ErrorSummary({ message, errors, onSelect }: { message: string; errors: FieldErrors; onSelect: (field: string) => void }) {
  const others = Object.keys(errors).filter((field) => !FORM_FIELDS.includes(field));
  const fields = [...FORM_FIELDS, ...others].filter((field) => errors[field]?.length);
  return (
    <div
      id={ERROR_SUMMARY_ID}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${ERROR_SUMMARY_ID}-title`}
      className="rounded-lg border-4 border-red-700 bg-red-50 p-5 focus:outline-none focus-visible:outline-3"
    >
      <h2 id={`${ERROR_SUMMARY_ID}-title`} className="text-xl font-bold text-red-900">
        {message}
      </h2>
      {fields.length > 0 ? (
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {fields.map((field) => (
            <li key={field} className="font-semibold text-red-900">
              {FORM_FIELDS.includes(field) ? (
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onSelect(field);
                  }}
                  className="text-red-900 hover:text-red-950"
                >
                  {errors[field]?.[0]}
                </a>
              ) : (
                errors[field]?.[0]
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
