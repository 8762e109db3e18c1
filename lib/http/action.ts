import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { recordRefusingError } from "@/lib/audit/refusals";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, FIELDS_MESSAGE } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/error-messages";
import { getErrorTranslator } from "@/lib/i18n/server-errors";
import { requireUser } from "@/lib/session/authorize";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import type { ActionState, FormAction } from "./action-state";
import { formDataToObject } from "./form-data";


const FAILED_MESSAGE: MessageKey = "form.saveFailed";

/**
 * The one wrapper for server actions: session and permission first (requireUser), then the input parsed with its
 * zod schema, then `run` with who is asking. Expected failures (AppError) become a message — a refusal (not found in
 * the user's scope, forbidden) also an audit row (lib/audit/refusals.ts); anything else is logged. Every message and
 * field error is said in the user's language (lib/i18n/error-messages.ts); a `message` that `run` returns is its own text.
 */
export function createAction<S extends z.ZodType, T>(options: {
  permission: Permission;
  schema: S;
  run: (input: z.output<S>, user: SessionUser) => Promise<{ data: T; message?: string }>;
}): FormAction<T> {
  return async (_previous, formData) => {
    const user = await requireUser(options.permission);
    const values = formDataToObject(formData);
    const parsed = options.schema.safeParse(values);
    const translate = await getErrorTranslator();
    if (!parsed.success) return { status: "error", message: translate(FIELDS_MESSAGE), fieldErrors: fieldErrorsOf(parsed.error, translate), values };
    try {
      const result = await options.run(parsed.data, user);
      return { status: "success", ...result };
    } catch (error) {
      unstable_rethrow(error); // redirect(), notFound() and friends are Next's control flow, not failures
      if (error instanceof AppError) {
        await recordRefusingError(user, error, options.permission);
        return { status: "error", message: error.text(translate), fieldErrors: error.fieldTexts(translate), values: error.formValues ?? values };
      }
      console.error(error);
      return { status: "error", message: translate(FAILED_MESSAGE), fieldErrors: {}, values };
    }
  };
}

/**
 * An action that goes on to another page when it succeeds (the new draft of a re-referral, a letter to print): the
 * page it goes to shows the result; a refusal stays on the form as createAction said it.
 */
export function redirectOnSuccess<T>(action: FormAction<T>, to: (data: T) => string): FormAction<null> {
  return async (previous, formData) => {
    const state = await action({ status: "idle" }, formData);
    if (state.status === "success") redirect(to(state.data));
    return state.status === "error" ? state : previous;
  };
}
