"use client";

import { createContext, useContext } from "react";
import type { FieldErrors, FormValues } from "@/lib/referrals/referral-form-values";

// The referral form's controls: each reads and writes its value through the form's context and shows its own error
// right under it, tied to the control with aria-describedby (the pattern of components/offer-edit-form.tsx).

export const fieldId = (name: string) => `referral-${name}`;
const hintId = (name: string) => `${fieldId(name)}-hint`;
const errorId = (name: string) => `${fieldId(name)}-error`;
const warningId = (name: string) => `${fieldId(name)}-warning`;

export const inputClass =
  "mt-2 block w-full rounded-md border-2 border-slate-600 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700 aria-invalid:ring-2 aria-invalid:ring-red-200";
const checkboxClass = "mt-1 size-6 shrink-0 accent-brand-700";

interface FormFields {
  values: FormValues;
  errors: FieldErrors;
  setValue: (name: string, value: string | string[]) => void;
}

export const FormFieldsContext = createContext<FormFields | null>(null);

export function useFormFields(): FormFields {
  const fields = useContext(FormFieldsContext);
  if (!fields) throw new Error("Referral form fields are used outside the referral form");
  return fields;
}

export function textOf(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? value.join("\n") : (value ?? "");
}

function useField(name: string) {
  const { values, errors, setValue } = useFormFields();
  return { value: textOf(values, name), error: errors[name]?.[0], setValue: (value: string) => setValue(name, value) };
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

export function FieldError({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <p id={errorId(name)} className="mt-2 font-semibold text-red-800">
      {error}
    </p>
  ) : null;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  /** Said, never blocking (e.g. a CPR number that fails modulus 11); announced when it appears. */
  warning?: string;
  children: (control: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => React.ReactNode;
}

/** Label, hint and control, then the field's warning and error. */
function Field({ name, label, hint, warning, children }: FieldProps) {
  const { error } = useField(name);
  return (
    <div>
      <label htmlFor={fieldId(name)} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId(name)} className="mt-1 text-slate-700">
          {hint}
        </p>
      ) : null}
      {children({
        id: fieldId(name),
        "aria-describedby": describedBy(hint && hintId(name), warning && warningId(name), error && errorId(name)),
        "aria-invalid": error ? true : undefined,
      })}
      <div aria-live="polite">
        {warning ? (
          <p id={warningId(name)} className="mt-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
            {warning}
          </p>
        ) : null}
      </div>
      <FieldError name={name} error={error} />
    </div>
  );
}

type TextFieldProps = Omit<FieldProps, "children"> & {
  inputMode?: "numeric" | "tel" | "text";
  autoComplete?: string;
  maxLength?: number;
  className?: string;
};

export function TextField({ inputMode, autoComplete = "off", maxLength, className = "", ...field }: TextFieldProps) {
  const { value, setValue } = useField(field.name);
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          name={field.name}
          type="text"
          inputMode={inputMode}
          autoComplete={autoComplete}
          maxLength={maxLength}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          className={`${inputClass} ${className}`}
        />
      )}
    </Field>
  );
}

export function TextAreaField({ rows = 4, maxLength, ...field }: Omit<FieldProps, "children"> & { rows?: number; maxLength?: number }) {
  const { value, setValue } = useField(field.name);
  return (
    <Field {...field}>
      {(control) => (
        <textarea {...control} name={field.name} rows={rows} maxLength={maxLength} value={value} onChange={(event) => setValue(event.target.value)} className={inputClass} />
      )}
    </Field>
  );
}

export function SelectField({ options, className = "", ...field }: Omit<FieldProps, "children"> & { options: { value: string; label: string }[]; className?: string }) {
  const { value, setValue } = useField(field.name);
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} name={field.name} value={value} onChange={(event) => setValue(event.target.value)} className={`${inputClass} ${className}`}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A yes/no box: "on" when ticked, "" when not, as the schema reads checkboxes. */
export function CheckboxField({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { value, error, setValue } = useField(name);
  return (
    <div>
      <div className="flex gap-3">
        <input
          id={fieldId(name)}
          name={name}
          type="checkbox"
          checked={value === "on"}
          onChange={(event) => setValue(event.target.checked ? "on" : "")}
          aria-describedby={describedBy(hint && hintId(name), error && errorId(name))}
          aria-invalid={error ? true : undefined}
          className={checkboxClass}
        />
        <div>
          <label htmlFor={fieldId(name)} className="font-semibold text-slate-900">
            {label}
          </label>
          {hint ? (
            <p id={hintId(name)} className="text-slate-700">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
      <FieldError name={name} error={error} />
    </div>
  );
}

/** One choice of a few, as radio buttons; the first button carries the field's id, so the error summary can focus it. */
export function RadioGroupField({ name, legend, hint, options }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[] }) {
  const { value, error, setValue } = useField(name);
  return (
    <fieldset aria-describedby={describedBy(hint && hintId(name), error && errorId(name))}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      {hint ? (
        <p id={hintId(name)} className="mt-1 text-slate-700">
          {hint}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">
        {options.map((option, index) => {
          const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${option.value || "none"}`;
          return (
            <div key={option.value} className="flex gap-3">
              <input
                id={id}
                name={name}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => setValue(option.value)}
                aria-invalid={error ? true : undefined}
                className={checkboxClass}
              />
              <label htmlFor={id} className="text-slate-900">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      <FieldError name={name} error={error} />
    </fieldset>
  );
}

export function Section({ legend, intro, children }: { legend: string; intro?: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-6 rounded-lg border border-slate-300 p-5">
      <legend className="px-2 text-xl font-bold text-slate-900">{legend}</legend>
      {intro ? <p className="-mt-2 text-slate-700">{intro}</p> : null}
      {children}
    </fieldset>
  );
}
