// The referral form's values as the browser holds them (text, and a list for the ticked needs), shared by the form,
// the draft store and the tests. Pure: the checks are the step schemas of ./schemas.
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import type { Translate } from "@/lib/i18n/error-messages";
import { citizenStep, destinationStep, FORM_STEPS, needsStep, socialStep, STEP_SCHEMAS, type FormStep } from "./schemas";

/** What a form field holds, as FormData gives it: unticked checkboxes are "", ticked ones "on". */
export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string[] | undefined>;

const fieldsOf = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);

/** Each step's fields, in the order the step asks. */
export const STEP_FIELDS: Readonly<Record<FormStep, readonly string[]>> = {
  citizen: fieldsOf(citizenStep),
  needs: fieldsOf(needsStep),
  social: fieldsOf(socialStep),
  destination: fieldsOf(destinationStep),
};

/** Every field of the form, in the order the form asks. */
export const FORM_FIELDS: readonly string[] = FORM_STEPS.flatMap((step) => STEP_FIELDS[step]);

const LIST_FIELDS = new Set(["needSlugs", "barriers"]);

export function stepOfField(field: string): FormStep | undefined {
  return FORM_STEPS.find((step) => STEP_FIELDS[step].includes(field));
}

/** A new form: nothing typed, Danish as the language, "don't know" for education and work. */
export function emptyFormValues(): FormValues {
  const values: FormValues = Object.fromEntries(FORM_FIELDS.map((field) => [field, LIST_FIELDS.has(field) ? [] : ""]));
  return { ...values, language: "da", educationLevel: "UNKNOWN", employmentStatus: "UNKNOWN" };
}

/** One step checked with its schema: each field's messages by name, in the user's language, as the server action reports them. */
export function validateStep(step: FormStep, values: FormValues, translate: Translate): FieldErrors {
  const parsed = STEP_SCHEMAS[step].safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error, translate);
}

/** The first step (in the form's order) that has an error, if any. */
export function firstStepWithError(errors: FieldErrors): FormStep | undefined {
  return FORM_STEPS.find((step) => STEP_FIELDS[step].some((field) => errors[field]?.length));
}

const MAX_TEXT = 5000;
const MAX_ITEMS = 50;
const MAX_ITEM = 200;

/**
 * What a draft may store: only the form's own fields, as text (or a list of text for the needs), each capped. The
 * draft is what the user typed, unchecked, so that an unfinished form can be saved and shown again exactly.
 */
export function toDraftValues(input: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of FORM_FIELDS) {
    const raw = input[field];
    if (LIST_FIELDS.has(field)) {
      const items = Array.isArray(raw) ? raw : typeof raw === "string" && raw !== "" ? [raw] : [];
      values[field] = items.filter((item): item is string => typeof item === "string" && item.length <= MAX_ITEM).slice(0, MAX_ITEMS);
    } else if (typeof raw === "string") {
      values[field] = raw.slice(0, MAX_TEXT);
    }
  }
  return values;
}

/** The form's values as the server actions receive them; the lists become repeated fields. */
export function toFormData(values: FormValues): FormData {
  const formData = new FormData();
  for (const [field, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) formData.append(field, item);
  }
  return formData;
}

/** The languages the form offers first (ISO 639-1): Danish, English and the most common in Copenhagen's practices. */
export const CITIZEN_LANGUAGES = ["da", "en", "ar", "tr", "ur", "so", "pl", "fa", "ti", "ku", "uk", "ro", "bs", "vi", "ta", "ps", "de"] as const;
