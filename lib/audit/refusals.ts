import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { countHit, pruneWindows, windowStartOf } from "@/lib/db/window-counters";
import { AppError, STATUS_OF, type ErrorSubject } from "@/lib/errors";
import { currentHeaders, recordAudit } from "./record";
import { clipId, refusalRequestFromHeaders, type RefusalDetails, type RefusalStatus } from "./refusal-details";

// A refused request by a signed-in user is an audit row ("access.refused"), so that an administrator can see someone
// probing ids: who (user, role, organisation as they were), when, the path and whether it was a page, a server action
// or a route handler, the id tried, the status — 403 for a role without the permission, 404 for an object outside the
// user's organisation or unit (which to the user is the same as one that does not exist) — and IP and browser.
// Written from four places only: requireUser's 403 (lib/session/authorize.ts), foundInScope on pages
// (lib/http/found-in-scope.ts), and createAction and withRoute for a refusing AppError (lib/http).
//
// Capped, so that a script cannot flood the log: at most REFUSALS_PER_WINDOW rows per user in each fixed window of
// REFUSAL_WINDOW_MINUTES (counted in RateLimitHit, shared by every server process), then one "access.refusals_suppressed"
// row, then nothing until the next window. The answer to the request is the same whether or not a row is written.

export const REFUSALS_PER_WINDOW = 20;
export const REFUSAL_WINDOW_MINUTES = 15;

const KEY_PREFIX = "refusal:";

export interface Refusal {
  status: RefusalStatus;
  /** The permission the page, action or route asks for. */
  permission?: Permission;
  /** What the refused look-up named, when it named something. */
  subject?: ErrorSubject;
}

export async function recordRefusal(actor: SessionUser, refusal: Refusal, now: Date = new Date()): Promise<void> {
  try {
    const db = await getDb();
    const windowStart = windowStartOf(now, REFUSAL_WINDOW_MINUTES);
    await pruneWindows(db, KEY_PREFIX, windowStart);
    const count = await countHit(db, `${KEY_PREFIX}user:${actor.id}`, windowStart);
    if (count > REFUSALS_PER_WINDOW + 1) return;
    if (count === REFUSALS_PER_WINDOW + 1) {
      const until = new Date(windowStart.getTime() + REFUSAL_WINDOW_MINUTES * 60 * 1000);
      await recordAudit({ actor, action: "access.refusals_suppressed", details: { limit: REFUSALS_PER_WINDOW, windowMinutes: REFUSAL_WINDOW_MINUTES, until: until.toISOString() } }, db);
      return;
    }
    const { via, path } = refusalRequestFromHeaders((await currentHeaders()) ?? new Headers());
    await recordAudit(
      {
        actor,
        action: "access.refused",
        entityType: refusal.subject?.type,
        entityId: refusal.subject ? clipId(refusal.subject.id) : undefined,
        details: { status: refusal.status, via, path, permission: refusal.permission ?? null } satisfies RefusalDetails,
      },
      db,
    );
  } catch (error) {
    // The request is refused all the same; a log that cannot be written must not turn a 403 or 404 into a 500.
    console.error("Could not record a refused request in the audit log:", error);
  }
}

/** For the wrappers of actions and routes: an AppError that refuses (NOT_FOUND, FORBIDDEN) is recorded; others are not. */
export async function recordRefusingError(actor: SessionUser, error: AppError, permission?: Permission): Promise<void> {
  if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") await recordRefusal(actor, { status: STATUS_OF[error.code] as RefusalStatus, permission, subject: error.subject });
}
