// One error type for expected failures, with a message a user can act on (a key of the "errorMessages" namespace, said
// in the user's language by the wrappers in lib/http); everything else is a bug and is logged, never shown.
import type { ErrorMessage, MessageKey, MessageValues, Translate } from "@/lib/i18n/error-messages";
import { sayFieldErrors } from "@/lib/i18n/error-messages";

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID";

export const STATUS_OF: Record<AppErrorCode, number> = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, INVALID: 400 };

/** What a refused look-up named, e.g. { type: "Referral", id }: the audit row of the refusal says which id was tried. */
export interface ErrorSubject {
  type: string;
  id: string;
}

/** The form's message when the problem is at one or more fields, which say what is wrong. */
export const FIELDS_MESSAGE: MessageKey = "form.fixFields";

export interface AppErrorDetails {
  /** The values the message names, e.g. { name } of the colleague who has the case. */
  values?: MessageValues;
  /** The object a refused look-up was about (NOT_FOUND, FORBIDDEN). */
  subject?: ErrorSubject;
  /** Messages by field, when the problem is in what was typed (e.g. a slug the catalogue does not have): shown at the field. */
  fieldErrors?: Record<string, ErrorMessage[]>;
  /** What the form shows instead of what was typed, e.g. the stored values when someone else saved meanwhile. */
  formValues?: Partial<Record<string, string>>;
}

/** `message` is the key (what the server log shows); text() says it in the user's language. */
export class AppError extends Error {
  override name = "AppError";
  readonly values?: MessageValues;
  readonly subject?: ErrorSubject;
  readonly fieldErrors: Record<string, ErrorMessage[]>;
  readonly formValues?: Partial<Record<string, string>>;
  constructor(
    readonly code: AppErrorCode,
    message: MessageKey,
    details: AppErrorDetails = {},
  ) {
    super(message);
    this.values = details.values;
    this.subject = details.subject;
    this.fieldErrors = details.fieldErrors ?? {};
    this.formValues = details.formValues;
  }

  /** One field's fault (e.g. an e-mail address already in use): the message is shown at that field. */
  static atField(code: AppErrorCode, field: string, message: ErrorMessage): AppError {
    return new AppError(code, FIELDS_MESSAGE, { fieldErrors: { [field]: [message] } });
  }

  /** The message in the user's language. */
  text(translate: Translate): string {
    return translate(this.message, this.values);
  }

  /** Each field's messages in the user's language. */
  fieldTexts(translate: Translate): Record<string, string[]> {
    return sayFieldErrors(this.fieldErrors, translate);
  }
}
