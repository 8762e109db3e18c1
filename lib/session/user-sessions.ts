import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SESSION_MAX_AGE_SECONDS } from "./session-policy";

// A session is a row in PostgreSQL (UserSession), not only a cookie: the cookie carries the row's id, every request
// checks the row (one indexed query), and ending the row ends the session at once on every server process — signing
// out, deactivating a user, changing their role or organisation, "Log ud overalt". docs/decisions/008-server-side-sessions.md.

export const SESSION_END_REASONS = ["signed-out", "deactivated", "role-changed", "organisation-changed", "ended-everywhere"] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** Sessions that may still be in use: not ended, and signed in within the 8 hours a session can last at most. */
export const openSessionWhere = (now: Date): Prisma.UserSessionWhereInput => ({
  endedAt: null,
  createdAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) },
});

/** At sign-in: the new session's id, for the cookie. */
export async function startUserSession(db: DbOrTx, userId: string, now = new Date()): Promise<string> {
  const session = await db.userSession.create({ data: { userId, createdAt: now }, select: { id: true } });
  return session.id;
}

/**
 * On every request: the session has not ended, its user is active, and the user still has the role and organisation
 * the cookie says — so a cookie issued in the moment an administrator changed the user cannot outlive the change.
 * One query on the primary keys.
 */
export async function isUserSessionOpen(db: DbOrTx, sessionId: string, user: Pick<SessionUser, "id" | "role" | "organisationId">): Promise<boolean> {
  // SQL rather than findFirst with a relation filter: this runs twice on every request (the proxy's renewal and the
  // page's check), and Prisma's query building cost several times the query itself.
  const open = await db.$queryRaw<unknown[]>`
    SELECT 1 FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId} AND s."userId" = ${user.id} AND s."endedAt" IS NULL
      AND u."isActive" AND u.role = ${user.role}::"Role" AND u."organisationId" = ${user.organisationId}`;
  return open.length > 0;
}

/** Signing out: ends this one session; false when it had ended already. */
export async function endUserSession(db: DbOrTx, sessionId: string, reason: SessionEndReason, now = new Date()): Promise<boolean> {
  const { count } = await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endedReason: reason } });
  return count > 0;
}

/** Ends every session of the user that has not ended yet; the count of those that could still be in use. */
export async function endAllUserSessions(db: DbOrTx, userId: string, reason: SessionEndReason, now = new Date()): Promise<number> {
  const open = await db.userSession.count({ where: { userId, ...openSessionWhere(now) } });
  await db.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now, endedReason: reason } });
  return open;
}
