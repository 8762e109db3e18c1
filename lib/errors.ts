// One error type for expected failures, with a Danish message a user can act on; everything else is a bug and is
// logged, never shown.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID";

export const STATUS_OF: Record<AppErrorCode, number> = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, INVALID: 400 };

/** What a refused look-up named, e.g. { type: "Referral", id }: the audit row of the refusal says which id was tried. */
export interface ErrorSubject {
  type: string;
  id: string;
}

/** The form's message when the problem is at one or more fields, which say what is wrong. */
export const FIELDS_MESSAGE = "Ret de markerede felter.";

export interface AppErrorDetails {
  /** The object a refused look-up was about (NOT_FOUND, FORBIDDEN). */
  subject?: ErrorSubject;
  /** Messages by field, when the problem is in what was typed (e.g. a slug the catalogue does not have): shown at the field. */
  fieldErrors?: Record<string, string[]>;
  /** What the form shows instead of what was typed, e.g. the stored values when someone else saved meanwhile. */
  formValues?: Partial<Record<string, string>>;
}

export class AppError extends Error {
  override name = "AppError";
  readonly subject?: ErrorSubject;
  readonly fieldErrors: Record<string, string[]>;
  readonly formValues?: Partial<Record<string, string>>;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    details: AppErrorDetails = {},
  ) {
    super(message);
    this.subject = details.subject;
    this.fieldErrors = details.fieldErrors ?? {};
    this.formValues = details.formValues;
  }

  /** One field's fault (e.g. an e-mail address already in use): the message is shown at that field. */
  static atField(code: AppErrorCode, field: string, message: string): AppError {
    return new AppError(code, FIELDS_MESSAGE, { fieldErrors: { [field]: [message] } });
  }
}
