// One error type for expected failures, with a Danish message a user can act on; everything else is a bug and is
// logged, never shown.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID";

export const STATUS_OF: Record<AppErrorCode, number> = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, INVALID: 400 };

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The form field the message belongs at (e.g. an e-mail address already in use), when it is one field's fault. */
    readonly field?: string,
  ) {
    super(message);
  }
}
