import "server-only";
import { randomUUID } from "node:crypto";
import { recordRefusal, recordRefusingError } from "@/lib/audit/refusals";
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, FIELDS_MESSAGE, STATUS_OF } from "@/lib/errors";
import { sayFieldErrors, type Translate } from "@/lib/i18n/error-messages";
import { getErrorTranslator } from "@/lib/i18n/server-errors";
import { getSessionUser } from "@/lib/session/authorize";
import { paramErrors, type Params } from "./route-params";

/** `translate` says lib's messages in the caller's language, for the handler's own JSON answers. */
type Handler<P extends Params> = (request: Request, context: { params: P; user: SessionUser | null; translate: Translate }) => Promise<Response>;

/**
 * The one wrapper for route handlers: with a permission, no session → 401 and a role without it → 403, before the
 * handler runs; in a protected route the 403 and a refusing AppError (404, 403) are audit rows (lib/audit/refusals.ts).
 * A route param with control characters → 400 with the field's message. AppError becomes its status with a JSON
 * message (and its field errors); anything else is logged and answered 500 with a generic message and a reference,
 * never the error itself. Messages are in the caller's language (the locale cookie; Danish without one), and an
 * AppError's answer keeps its `code` for programs.
 */
export function withRoute<P extends Params = Record<string, never>>(options: { permission?: Permission }, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const user = await getSessionUser();
    const translate = await getErrorTranslator();
    if (options.permission) {
      if (!user) return Response.json({ error: translate("route.signInFirst") }, { status: 401 });
      if (!can(user.role, options.permission)) {
        await recordRefusal(user, { status: 403, permission: options.permission });
        return Response.json({ error: translate("route.noAccess") }, { status: 403 });
      }
    }
    // A route without dynamic segments gets no params at all.
    const params = ((await context.params) ?? {}) as P;
    const refused = paramErrors(params);
    if (Object.keys(refused).length > 0) return Response.json({ error: translate(FIELDS_MESSAGE), fieldErrors: sayFieldErrors(refused, translate) }, { status: 400 });
    try {
      return await handler(request, { params, user, translate });
    } catch (error) {
      if (error instanceof AppError) {
        // A public route's "not found" (an offer) is no one's probe of someone else's data.
        if (options.permission && user) await recordRefusingError(user, error, options.permission);
        const fieldErrors = Object.keys(error.fieldErrors).length > 0 ? { fieldErrors: error.fieldTexts(translate) } : {};
        return Response.json({ error: error.text(translate), code: error.code, ...fieldErrors }, { status: STATUS_OF[error.code] });
      }
      // The detail stays in the server log; the caller gets the reference that finds it there, like a page's digest.
      const reference = randomUUID();
      console.error(`Route handler failed, reference ${reference}:`, error);
      return Response.json({ error: translate("route.failed"), reference }, { status: 500 });
    }
  };
}
