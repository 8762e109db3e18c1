// How long a sign-in lasts. Pure: the session callbacks (lib/session/auth.ts) and the proxy decide with it, tests with a
// clock of their own.

/** A clinic day: after this long from signing in, the user signs in again however busy they are. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The session token's claims; `signedInAt` and `lastSeenAt` (epoch milliseconds) are set at sign-in, `lastSeenAt`
 * renewed by every request. */
export type SessionClaims = Readonly<Record<string, unknown>>;

/**
 * Why a session ended: the user sees the reason on the sign-in page (`/login?reason=…`). "ended": its row in
 * UserSession ended — signed out, deactivated, changed by an administrator (lib/session/user-sessions.ts).
 */
export type SessionEnd = "idle" | "expired" | "ended";

/**
 * `null` while the session holds; otherwise why it ended. A token without the times (made before they existed, or
 * altered) has expired. The absolute limit wins over idleness: it is the stricter promise.
 */
export function sessionEnd(claims: SessionClaims, now: number, idleMinutes: number): Exclude<SessionEnd, "ended"> | null {
  const { signedInAt, lastSeenAt } = claims;
  if (typeof signedInAt !== "number" || typeof lastSeenAt !== "number") return "expired";
  if (now - signedInAt >= SESSION_MAX_AGE_SECONDS * 1000) return "expired";
  if (now - lastSeenAt >= idleMinutes * 60 * 1000) return "idle";
  return null;
}

export function isSessionEnd(value: unknown): value is SessionEnd {
  return value === "idle" || value === "expired" || value === "ended";
}
