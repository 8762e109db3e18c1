import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import { headers } from "next/headers";
import type { JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { originFromHeaders } from "@/lib/audit/request-origin";
import type { SessionUser } from "@/lib/auth/session-user";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { text } from "@/lib/validation/text";
import { giveBackSignInAttempt, takeSignInAttempt } from "./rate-limit";
import { renewSession } from "./renew-session";
import { SESSION_MAX_AGE_SECONDS } from "./session-policy";
import { readSessionToken } from "./session-token";
import { endUserSession, isUserSessionOpen, startUserSession } from "./user-sessions";
import { findDemoSessionUser, findSessionUserByEmail } from "./users";

const demoCredentials = z.object({ userId: text().min(1).max(64) });

/** What a provider hands to the callbacks: the portal user, or why the attempt was refused before anyone was looked up. */
interface SignInUser {
  id: string;
  name?: string;
  portalUser?: SessionUser;
  refusedBy?: "rate-limited";
}

const RATE_LIMITED_URL = "/login?error=rate-limited";

/**
 * Looks the user up only while the account and the address are under the sign-in limits (lib/session/rate-limit.ts); a
 * found user gives the attempt back, so only failed attempts count.
 */
async function signInWithinLimits(
  attempt: { provider: string; account: string },
  findUser: () => Promise<SessionUser | null>,
): Promise<SessionUser | null | "rate-limited"> {
  const db = await getDb();
  const taken = await takeSignInAttempt(db, { ...attempt, address: originFromHeaders(await headers()).ip });
  if (!taken.allowed) return "rate-limited";
  const user = await findUser();
  if (user) await giveBackSignInAttempt(db, taken);
  return user;
}

function providers(): NextAuthConfig["providers"] {
  const config = getConfig();
  const list: NextAuthConfig["providers"] = [];
  if (config.oidc) {
    list.push({
      id: "oidc",
      name: config.oidc.name,
      type: "oidc",
      issuer: config.oidc.issuer,
      clientId: config.oidc.clientId,
      clientSecret: config.oidc.clientSecret,
    });
  }
  if (config.demoMode) {
    list.push(
      Credentials({
        id: "demo",
        name: "Demo",
        credentials: { userId: {} },
        async authorize(credentials): Promise<SignInUser | null> {
          const parsed = demoCredentials.safeParse(credentials);
          if (!parsed.success || !getConfig().demoMode) return null;
          const { userId } = parsed.data;
          const user = await signInWithinLimits({ provider: "demo", account: userId }, () => findDemoSessionUser(userId));
          // A refusal must reach the sign-in page as such: the signIn callback turns it into its redirect, whereas a
          // thrown error would arrive as a plain failure.
          if (user === "rate-limited") return { id: userId, refusedBy: "rate-limited" };
          return user ? { id: user.id, name: user.name, portalUser: user } : null;
        },
      }),
    );
  }
  return list;
}

// Config is read per request (not at import), so `next build` needs no secrets and bad configuration is reported
// by instrumentation.ts at start-up.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getConfig().authSecret,
  trustHost: true,
  // With PORTAL_URL on https the session cookie is always `__Secure-` and Secure, whatever the reverse proxy forwards;
  // otherwise Auth.js decides by the request's protocol (X-Forwarded-Proto). HttpOnly and SameSite=Lax either way.
  useSecureCookies: getConfig().portalUrl.startsWith("https://") || undefined,
  // The cookie outlives a request by this much; the times in the token decide when the session really ends.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: providers(),
  callbacks: {
    async signIn({ user, account, profile }) {
      const signInUser = user as SignInUser;
      if (signInUser.refusedBy === "rate-limited") return RATE_LIMITED_URL;
      if (account?.provider !== "oidc") return true;
      const email = typeof profile?.email === "string" ? profile.email : undefined;
      const portalUser = email
        ? await signInWithinLimits({ provider: "oidc", account: email }, () => findSessionUserByEmail(email))
        : null;
      if (portalUser === "rate-limited") return RATE_LIMITED_URL;
      if (!portalUser) return "/login?error=unknown-user";
      Object.assign(user, { portalUser });
      return true;
    },
    // Runs on every request (the proxy renews the cookie): a session ends after SESSION_IDLE_MINUTES without a request
    // or 8 hours after signing in, whichever comes first (lib/session/session-policy.ts), and at once when its row in
    // UserSession has ended or its user was deactivated or changed (lib/session/user-sessions.ts). A token without a
    // session id (issued before sessions had rows) has ended too.
    async jwt({ token, user }) {
      const now = Date.now();
      const portalUser = (user as SignInUser | undefined)?.portalUser;
      if (portalUser) {
        const sessionId = await startUserSession(await getDb(), portalUser.id, new Date(now));
        return { ...token, portalUser, sessionId, signedInAt: now, lastSeenAt: now };
      }
      const renewed = await renewSession(token, now, getConfig().sessionIdleMinutes, async (sessionId, sessionUser) => isUserSessionOpen(await getDb(), sessionId, sessionUser));
      return renewed as JWT | null;
    },
    session({ session, token }) {
      // A session whose row could not be checked on this request is nobody's yet: getSessionUser answers a server error.
      session.sessionUnverified = typeof token.sessionCheckFailedAt === "number";
      session.portalUser = session.sessionUnverified ? undefined : (token.portalUser as SessionUser | undefined);
      return session;
    },
  },
  events: {
    async signIn({ user }) {
      const portalUser = (user as SignInUser).portalUser;
      if (portalUser) await recordAudit({ actor: portalUser, action: "auth.sign_in" });
    },
    // Auth.js's own sign-out endpoint (POST /api/auth/signout) ends the session's row too; the portal's sign-out button
    // ends it first, in signOutUser (endCurrentSession below), where a failure is not swallowed.
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sessionId : undefined;
      if (typeof sessionId === "string") await endUserSession(await getDb(), sessionId, "signed-out");
    },
  },
}));

/**
 * Signing out: ends the session's row before the cookie is cleared, so a copy of the cookie stops working at the same
 * moment. Audited with who signed out. Throws when the database cannot be written: then the user is still signed in
 * and can try again, rather than believing the session is over.
 */
export async function endCurrentSession(): Promise<void> {
  const token = await readSessionToken(await headers(), getConfig().authSecret);
  if (typeof token?.sessionId !== "string") return;
  const ended = await endUserSession(await getDb(), token.sessionId, "signed-out");
  const portalUser = token.portalUser as SessionUser | undefined;
  if (ended && portalUser) await recordAudit({ actor: portalUser, action: "auth.sign_out", entityType: "UserSession", entityId: token.sessionId });
}
