import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { getConfig } from "@/lib/config";
import type { SessionUser } from "./session-user";
import { findDemoSessionUser, findSessionUserByEmail } from "./users";

const demoCredentials = z.object({ userId: z.string().min(1).max(64) });

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

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
        async authorize(credentials) {
          const parsed = demoCredentials.safeParse(credentials);
          if (!parsed.success || !getConfig().demoMode) return null;
          const user = await findDemoSessionUser(parsed.data.userId);
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
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: providers(),
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      const email = typeof profile?.email === "string" ? profile.email : undefined;
      const portalUser = email ? await findSessionUserByEmail(email) : null;
      if (!portalUser) return "/login?error=unknown-user";
      Object.assign(user, { portalUser });
      return true;
    },
    jwt({ token, user }) {
      const portalUser = (user as { portalUser?: SessionUser } | undefined)?.portalUser;
      if (portalUser) token.portalUser = portalUser;
      return token;
    },
    session({ session, token }) {
      session.portalUser = token.portalUser as SessionUser | undefined;
      return session;
    },
  },
  events: {
    async signIn({ user }) {
      const portalUser = (user as { portalUser?: SessionUser }).portalUser;
      if (portalUser) await recordAudit({ actor: portalUser, action: "auth.sign_in" });
    },
  },
}));
