import type { InputHTMLAttributes } from "react";
import { describedBy, errorId, FieldError, hintId } from "./field";
import { checkboxClass } from "./styles";

type CheckboxProps = { id: string; label: string; hint?: string; error?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type">;

/** A yes/no box with its label beside it, the hint under the label and the error under both. */
export function Checkbox({ id, label, hint, error, ...input }: CheckboxProps) {
  return (
    <div>
      <div className="flex gap-3">
        <input
          {...input}
          id={id}
          type="checkbox"
          aria-describedby={describedBy(hint && hintId(id), error && errorId(id))}
          aria-invalid={error ? true : undefined}
          className={checkboxClass}
        />
        <div>
          <label htmlFor={id} className="font-semibold text-slate-900">
            {label}
          </label>
          {hint ? (
            <p id={hintId(id)} className="text-slate-700">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
