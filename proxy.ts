import { NextRequest, NextResponse } from "next/server";
import type { Session } from "next-auth";
import { PATH_HEADER } from "@/lib/audit/refusal-details";
import { getConfig, type PortalConfig } from "@/lib/config";
import { contentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";
import { handlers } from "@/lib/session/auth";
import { sessionEnd, type SessionEnd } from "@/lib/session/session-policy";
import { readSessionToken } from "@/lib/session/session-token";

// Every request but static files and link prefetches passes here (Next.js 16's proxy, formerly middleware):
// - Auth.js renews the session cookie, so a request is what keeps a session alive (lib/session/session-policy.ts);
// - a page opened after the session ended (idleness, age, or its row ended) goes to the sign-in page, which says why;
// - the Content-Security-Policy gets a fresh nonce, on the request for Next.js to put on its scripts and on the
//   response for the browser. The other security headers are static: next.config.ts;
// - the path goes on the request (PATH_HEADER), overwriting any the client sent, for the audit row of a refused
//   request (lib/audit/refusals.ts): a page itself cannot read its URL.
// The proxy decides nothing about access: every page, action and route handler checks the session itself (decision 002).

// Auth.js's session cookie, `__Secure-` over https, split into `.0`, `.1`… when large.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const portal = getConfig();
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
  // Auth.js's own routes set the session cookie themselves.
  if (!hasSession || request.nextUrl.pathname.startsWith("/api/auth/")) return nextWithPolicy(request, portal);
  const renewal = await askAuthForSession(request);
  // A session whose row could not be checked (database unavailable) has not ended: the page answers a server error.
  const ended = renewal.session?.portalUser || renewal.session?.sessionUnverified ? null : await sessionEndedResponse(request, portal);
  return withCookies(ended ?? nextWithPolicy(request, portal), renewal.cookies);
}

/**
 * Asks Auth.js for the session as its own client would (GET /api/auth/session): the answer carries the cookie renewed
 * with this request as the last one seen, or the ended session's cookie cleared. Only the session cookie is passed on
 * (the answer would also set Auth.js's CSRF cookies, which only its own routes need).
 */
async function askAuthForSession(request: NextRequest): Promise<{ session: Session | null; cookies: string[] }> {
  const asked = new NextRequest(new URL("/api/auth/session", request.url), { headers: { cookie: request.headers.get("cookie") ?? "" } });
  const answer = await handlers.GET(asked);
  const session = answer.ok ? ((await answer.json()) as Session | null) : null;
  const cookies = answer.headers.getSetCookie().filter((cookie) => SESSION_COOKIE.test(cookie.slice(0, cookie.indexOf("="))));
  return { session, cookies };
}

/** For a page opened after the session ended: the sign-in page, saying why. */
async function sessionEndedResponse(request: NextRequest, portal: PortalConfig): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  if (request.method !== "GET" || pathname === "/login" || pathname.startsWith("/api/")) return null;
  const ended = await endedSession(request, portal);
  if (!ended) return null;
  const signIn = request.nextUrl.clone();
  signIn.pathname = "/login";
  signIn.search = `?reason=${ended}`;
  return NextResponse.redirect(signIn);
}

/**
 * Why the session cookie the request carries has ended, when Auth.js found no session in it: idleness or age by its
 * times, else its row in UserSession ended (signed out, deactivated, changed, "Log ud overalt"). A cookie that cannot
 * be read at all is no session to explain.
 */
async function endedSession(request: NextRequest, portal: PortalConfig): Promise<SessionEnd | null> {
  const token = await readSessionToken(request.headers, portal.authSecret);
  return token ? (sessionEnd(token, Date.now(), portal.sessionIdleMinutes) ?? "ended") : null;
}

function nextWithPolicy(request: NextRequest, portal: PortalConfig): NextResponse {
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === "development",
    formActionOrigins: portal.oidc ? [new URL(portal.oidc.issuer).origin] : [],
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set(PATH_HEADER, request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

function withCookies(response: NextResponse, cookies: string[]): NextResponse {
  for (const cookie of cookies) response.headers.append("set-cookie", cookie);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
