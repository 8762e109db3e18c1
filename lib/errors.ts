// One error type for expected failures, with a Danish message a user can act on; everything else is a bug and is
// logged, never shown.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID";

export const STATUS_OF: Record<AppErrorCode, number> = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, INVALID: 400 };

/** What a refused look-up named, e.g. { type: "Referral", id }: the audit row of the refusal says which id was tried. */
export interface ErrorSubject {
  type: string;
  id: string;
}

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly subject?: ErrorSubject,
  ) {
    super(message);
  }
}
