import "server-only";
import { randomUUID } from "node:crypto";
import { recordRefusal, recordRefusingError } from "@/lib/audit/refusals";
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, FIELDS_MESSAGE, STATUS_OF } from "@/lib/errors";
import { getSessionUser } from "@/lib/session/authorize";
import { paramErrors, type Params } from "./route-params";

type Handler<P extends Params> = (request: Request, context: { params: P; user: SessionUser | null }) => Promise<Response>;

/**
 * The one wrapper for route handlers: with a permission, no session → 401 and a role without it → 403, before the
 * handler runs; in a protected route the 403 and a refusing AppError (404, 403) are audit rows (lib/audit/refusals.ts).
 * A route param with control characters → 400 with the field's message. AppError becomes its status with a JSON
 * message (and its field errors); anything else is logged and answered 500 with a generic message and a reference,
 * never the error itself.
 */
export function withRoute<P extends Params = Record<string, never>>(options: { permission?: Permission }, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const user = await getSessionUser();
    if (options.permission) {
      if (!user) return Response.json({ error: "Log ind først." }, { status: 401 });
      if (!can(user.role, options.permission)) {
        await recordRefusal(user, { status: 403, permission: options.permission });
        return Response.json({ error: "Du har ikke adgang." }, { status: 403 });
      }
    }
    // A route without dynamic segments gets no params at all.
    const params = ((await context.params) ?? {}) as P;
    const refused = paramErrors(params);
    if (Object.keys(refused).length > 0) return Response.json({ error: FIELDS_MESSAGE, fieldErrors: refused }, { status: 400 });
    try {
      return await handler(request, { params, user });
    } catch (error) {
      if (error instanceof AppError) {
        // A public route's "not found" (an offer) is no one's probe of someone else's data.
        if (options.permission && user) await recordRefusingError(user, error, options.permission);
        const fieldErrors = Object.keys(error.fieldErrors).length > 0 ? { fieldErrors: error.fieldErrors } : {};
        return Response.json({ error: error.message, ...fieldErrors }, { status: STATUS_OF[error.code] });
      }
      // The detail stays in the server log; the caller gets the reference that finds it there, like a page's digest.
      const reference = randomUUID();
      console.error(`Route handler failed, reference ${reference}:`, error);
      return Response.json({ error: "Noget gik galt.", reference }, { status: 500 });
    }
  };
}
