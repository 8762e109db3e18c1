import type { SessionUser } from "@/lib/auth/session-user";
import { sessionEnd, type SessionClaims } from "./session-policy";

/**
 * What a request does to its session token (the `jwt` callback in lib/session/auth.ts): `null` ends it (time limits, or
 * its UserSession row ended — decision 008); otherwise the renewed claims. When the row cannot be checked (the
 * database is restarting, a connection dropped) the session neither ends nor counts as signed in: the claims come back
 * marked `sessionCheckFailedAt`, so this request is answered as a server error that can be retried (getSessionUser
 * throws), and the next request checks again. Ending every session on a database blip would sign out every user and
 * lose the practice systems' retries; treating the session as valid unchecked would let an ended one through.
 */
export async function renewSession(
  claims: SessionClaims,
  now: number,
  idleMinutes: number,
  isOpen: (sessionId: string, user: SessionUser) => Promise<boolean>,
): Promise<SessionClaims | null> {
  if (sessionEnd(claims, now, idleMinutes)) return null;
  const user = claims.portalUser as SessionUser | undefined;
  if (typeof claims.sessionId !== "string" || !user) return null;
  const { sessionCheckFailedAt: _previous, ...rest } = claims;
  let open: boolean;
  try {
    open = await isOpen(claims.sessionId, user);
  } catch (error) {
    console.error("The session could not be checked; this request fails and the next one checks again.", error);
    return { ...rest, sessionCheckFailedAt: now };
  }
  return open ? { ...rest, lastSeenAt: now } : null;
}
