"use client";

import { createContext, useContext } from "react";
import { Checkbox } from "@/components/form/checkbox";
import { describedBy, errorId, Field, FieldError, Hint, hintId, type ControlProps } from "@/components/form/field";
import { checkboxClass, inputClass } from "@/components/form/styles";
import type { FieldErrors, FormValues } from "@/lib/referrals/referral-form-values";

// The referral form's controls: the shared form parts (components/form), each reading and writing its value through
// the form's context.

export const fieldId = (name: string) => `referral-${name}`;

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

type FieldProps = Omit<React.ComponentProps<typeof Field>, "id" | "error" | "warns" | "children"> & { name: string };

/** The shared field, with the id and the error of the form's field `name`. */
function ReferralField({ name, children, ...field }: FieldProps & { children: (control: ControlProps) => React.ReactNode }) {
  const { error } = useField(name);
  return (
    <Field id={fieldId(name)} error={error} warns {...field}>
      {children}
    </Field>
  );
}

type TextFieldProps = FieldProps & {
  inputMode?: "numeric" | "tel" | "text";
  autoComplete?: string;
  maxLength?: number;
  className?: string;
};

export function TextField({ inputMode, autoComplete = "off", maxLength, className = "", ...field }: TextFieldProps) {
  const { value, setValue } = useField(field.name);
  return (
    <ReferralField {...field}>
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
    </ReferralField>
  );
}

export function TextAreaField({ rows = 4, maxLength, ...field }: FieldProps & { rows?: number; maxLength?: number }) {
  const { value, setValue } = useField(field.name);
  return (
    <ReferralField {...field}>
      {(control) => (
        <textarea {...control} name={field.name} rows={rows} maxLength={maxLength} value={value} onChange={(event) => setValue(event.target.value)} className={inputClass} />
      )}
    </ReferralField>
  );
}

export function SelectField({ options, className = "", ...field }: FieldProps & { options: { value: string; label: string }[]; className?: string }) {
  const { value, setValue } = useField(field.name);
  return (
    <ReferralField {...field}>
      {(control) => (
        <select {...control} name={field.name} value={value} onChange={(event) => setValue(event.target.value)} className={`${inputClass} ${className}`}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </ReferralField>
  );
}

/** A yes/no box: "on" when ticked, "" when not, as the schema reads checkboxes. */
export function CheckboxField({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { value, error, setValue } = useField(name);
  return (
    <Checkbox
      id={fieldId(name)}
      name={name}
      label={label}
      hint={hint}
      error={error}
      checked={value === "on"}
      onChange={(event) => setValue(event.target.checked ? "on" : "")}
    />
  );
}

/** One choice of a few, as radio buttons; the first button carries the field's id, so the error summary can focus it. */
export function RadioGroupField({ name, legend, hint, options }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[] }) {
  const { value, error, setValue } = useField(name);
  return (
    <fieldset aria-describedby={describedBy(hint && hintId(fieldId(name)), error && errorId(fieldId(name)))}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      {hint ? <Hint id={fieldId(name)}>{hint}</Hint> : null}
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
      <FieldError id={fieldId(name)} error={error} />
    </fieldset>
  );
}

/**
 * One box of a list field (the needs, the barriers): ticked while its value is in the list. The first box of the field
 * carries the field's id, so the error summary can move focus to it.
 */
export function ListCheckbox({ name, value, label, first }: { name: string; value: string; label: string; first: boolean }) {
  const { values, errors, setValue } = useFormFields();
  const chosen = Array.isArray(values[name]) ? values[name] : [];
  const id = first ? fieldId(name) : `${fieldId(name)}-${value}`;
  return (
    <li className="flex gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        value={value}
        checked={chosen.includes(value)}
        onChange={(event) => setValue(name, event.target.checked ? [...chosen, value] : chosen.filter((item) => item !== value))}
        aria-invalid={errors[name]?.[0] ? true : undefined}
        className={checkboxClass}
      />
      <label htmlFor={id} className="text-slate-900">
        {label}
      </label>
    </li>
  );
}

/** Several choices of a few, as checkboxes, held as a list. */
export function CheckboxGroupField({ name, legend, hint, options }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[] }) {
  const { errors } = useFormFields();
  const error = errors[name]?.[0];
  return (
    <fieldset aria-describedby={describedBy(hint && hintId(fieldId(name)), error && errorId(fieldId(name)))}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      {hint ? <Hint id={fieldId(name)}>{hint}</Hint> : null}
      <ul className="mt-2 space-y-2">
        {options.map((option, index) => (
          <ListCheckbox key={option.value} name={name} value={option.value} label={option.label} first={index === 0} />
        ))}
      </ul>
      <FieldError id={fieldId(name)} error={error} />
    </fieldset>
  );
}
