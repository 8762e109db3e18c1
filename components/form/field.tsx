// A labelled control with its hint, warning and error, each tied to the control by aria-describedby. The ids follow the
// control's: `<id>-hint`, `<id>-warning`, `<id>-error`.

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;
const warningId = (id: string) => `${id}-warning`;

/** The ids a control is described by, of those given; undefined when none is. */
export const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

export function Hint({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={hintId(id)} className="mt-1 text-slate-700">
      {children}
    </p>
  );
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={errorId(id)} className="mt-2 font-semibold text-red-800">
      {error}
    </p>
  ) : null;
}

interface FieldProps {
  /** The control's id. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Said, never blocking (e.g. a CPR number that fails modulus 11); announced when it appears. */
  warning?: string;
  /** The field may warn: the live region must be on the page before the warning is, or it is not announced. */
  warns?: boolean;
  children: (control: ControlProps) => React.ReactNode;
}

/** Label above, hint and control, then the field's warning and its own error right under it. */
export function Field({ id, label, hint, error, warning, warns = false, children }: FieldProps) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      {children({
        id,
        "aria-describedby": describedBy(hint && hintId(id), warning && warningId(id), error && errorId(id)),
        "aria-invalid": error ? true : undefined,
      })}
      {warns ? (
        <div aria-live="polite">
          {warning ? (
            <p id={warningId(id)} className="mt-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
              {warning}
            </p>
          ) : null}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}
