import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { recordRefusal } from "@/lib/audit/refusals";
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { auth } from "./auth";

/**
 * Who is asking, checked against their UserSession row (lib/session/auth.ts). Once per request: the layout and the page
 * of one render share the answer (React's cache), so the row is read once there, not once per caller.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  // Neither signed in nor out: a server error the user or the practice system can retry, with the session kept.
  if (session?.sessionUnverified) throw new Error("The session could not be checked (database unavailable).");
  return session?.portalUser ?? null;
});

/**
 * The one authorization check, called first in every protected page, server action and route handler: no session →
 * sign-in page; a role without the permission → 403, recorded in the audit log (lib/audit/refusals.ts). Which
 * organisation's data may be read is decided in lib/<domain> queries, scoped by the returned user's organisation.
 */
export async function requireUser(permission?: Permission): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (permission && !can(user.role, permission)) {
    await recordRefusal(user, { status: 403, permission });
    forbidden();
  }
  return user;
}
