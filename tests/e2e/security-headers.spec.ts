import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { decode, encode } from "next-auth/jwt";
import type { APIResponse, BrowserContext, Page, Request } from "@playwright/test";
import { DEMO_USERS, expect, expectAccessible, signInAs, test } from "./support/fixtures";

// Web hardening as a browser and an attacker meet it: the security headers, a Content-Security-Policy whose nonce is
// new for every request and is on every script, the portal refusing to be framed and refusing server actions posted
// from another site, and sessions that end after idleness or a clinic day. docs/security.md, "Web hardening".

const MINUTE = 60 * 1000;
// The e2e server runs on http, so Auth.js names the cookie without the __Secure- prefix (https: see the last test).
const SESSION_COOKIE = "authjs.session-token";

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["strict-transport-security"]).toMatch(/^max-age=(\d+); includeSubDomains$/);
  expect(Number(/max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "")?.[1])).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["x-frame-options"]).toBe("DENY");
}

/** The policy's directives, and the nonce its script-src allows. */
function policyOf(response: APIResponse) {
  const header = response.headers()["content-security-policy"] ?? "";
  const directives = new Map(header.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));
  const nonce = /'nonce-([^']+)'/.exec(directives.get("script-src")?.join(" ") ?? "")?.[1];
  return { directives, nonce };
}

test("a page carries the security headers and a policy whose nonce is on every script, new for every request", async ({ request }) => {
  const first = await request.get("/tilbud?q=stress");
  const second = await request.get("/tilbud?q=stress");
  for (const response of [first, second]) {
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response);
    const { directives, nonce } = policyOf(response);
    expect(directives.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    for (const [name, sources] of [["frame-ancestors", ["'none'"]], ["object-src", ["'none'"]], ["base-uri", ["'self'"]], ["form-action", ["'self'"]]] as const) {
      expect(directives.get(name)).toEqual(sources);
    }
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(` nonce="${nonce}"`);
  }
  expect(policyOf(first).nonce).not.toBe(policyOf(second).nonce);
});

test("pages that show full CPR numbers send no Referer, not even to the portal's own files", async ({ page }) => {
  await signInAs(page, "ADMIN");
  const paths = ["/revisionslog", "/revisionslog/borger", "/revisionslog/eksport", "/henvisninger/x", "/indbakke/x", "/visitation/x"];
  for (const path of paths) expect((await page.request.get(path, { maxRedirects: 0 })).headers()["referrer-policy"], path).toBe("no-referrer");
  // Elsewhere Referer stays on the portal, as before.
  for (const path of ["/", "/tilbud", "/henvisninger", "/indbakke", "/visitation"]) {
    expect((await page.request.get(path, { maxRedirects: 0 })).headers()["referrer-policy"], path).toBe("same-origin");
  }
  // The browser obeys: the audit page's own scripts and styles are asked for without a Referer.
  const referers: (string | undefined)[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/_next/static/")) referers.push(request.headers()["referer"]);
  });
  await page.goto("/revisionslog");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisionslog");
  expect(referers.length).toBeGreaterThan(0);
  expect(referers.filter(Boolean)).toEqual([]);
});

test("an API route and the static files carry the security headers too", async ({ request }) => {
  const api = await request.get("/api/offers?q=rygestop");
  expect(api.status()).toBe(200);
  expectSecurityHeaders(api);
  expect(policyOf(api).directives.get("frame-ancestors")).toEqual(["'none'"]);

  const html = await (await request.get("/tilbud")).text();
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
  expect(stylesheet).toMatch(/^\/_next\/static\//);
  const css = await request.get(stylesheet!);
  expect(css.status()).toBe(200);
  expect(css.headers()["content-type"]).toContain("text/css");
  expectSecurityHeaders(css);
});

/** Every Content-Security-Policy violation the browser reports on the page. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("the pages work with JavaScript under the policy, and nothing they need is refused", async ({ page }) => {
  const violations = watchViolations(page);
  await page.goto("/tilbud");
  // A client-side search and navigation: React has hydrated, so its scripts ran with the nonce.
  await page.getByLabel("Hvad har patienten svært ved?").fill("stress");
  await expect(page).toHaveURL(/q=stress/);
  await page.evaluate(() => Object.assign(window, { stillTheSameDocument: true }));
  await page.getByRole("link", { name: "Stress – hold om aftenen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stress – hold om aftenen");
  expect(await page.evaluate(() => (window as { stillTheSameDocument?: boolean }).stillTheSameDocument)).toBe(true);
  await page.getByRole("link", { name: "Udskriv folder til borgeren" }).click();
  await expect(page.getByRole("button", { name: "Udskriv" })).toBeVisible();
  await expect(page.locator("link[rel=stylesheet]").first()).toBeAttached();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("system-ui");

  await signInAs(page, "GP");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Mine henvisninger" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mine henvisninger");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Ny henvisning" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny henvisning");
  expect(violations).toEqual([]);
});

test("another site cannot show the portal in a frame", async ({ page, baseURL }) => {
  const refused = watchViolations(page);
  await page.setContent(`<iframe title="Henvisningsportalen" src="${baseURL}/tilbud"></iframe>`);
  await expect.poll(() => refused.join("\n")).toContain("frame-ancestors");
  await expect(page.frameLocator("iframe").getByRole("heading", { name: "Find tilbud" })).toHaveCount(0);
});

test("a server action posted from another site is refused, and runs when the portal itself posts it", async ({ page, baseURL }) => {
  await signInAs(page, "GP");
  // Catch the real sign-out request the page sends, without letting it through.
  let signOut: Request | undefined;
  await page.route("**/*", (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      signOut = route.request();
      return route.abort();
    }
    return route.continue();
  });
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect.poll(() => signOut).toBeDefined();
  await page.unrouteAll();

  const sent = signOut!;
  const replay = (origin: string) =>
    page.request.post(sent.url(), {
      headers: {
        origin,
        "next-action": sent.headers()["next-action"]!,
        "content-type": sent.headers()["content-type"]!,
        accept: sent.headers()["accept"] ?? "text/x-component",
      },
      data: sent.postDataBuffer() ?? "",
      maxRedirects: 0,
    });

  const forged = await replay("https://angriber.example");
  expect(forged.status()).toBe(500);
  await page.goto("/henvisninger");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mine henvisninger");

  const genuine = await replay(new URL(baseURL!).origin);
  expect(genuine.status()).toBeLessThan(400);
  await page.goto("/henvisninger");
  await expect(page).toHaveURL(/\/login$/);
});

/** The secret the e2e server signs sessions with: AUTH_SECRET, or the development secret it generated (lib/config.ts). */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  expect(existsSync(".data/auth-secret"), "the e2e server keeps its generated secret in .data/auth-secret").toBe(true);
  return readFileSync(".data/auth-secret", "utf8").trim();
}

/** The signed-in session's claims, rewritten as if time had passed: the server's clock is not ours to move. */
async function ageSession(context: BrowserContext, change: (claims: Record<string, unknown>) => Record<string, unknown>) {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie, "a session cookie after signing in").toBeDefined();
  const secret = authSecret();
  const claims = await decode({ token: cookie!.value, secret, salt: SESSION_COOKIE });
  expect(claims).toMatchObject({ signedInAt: expect.any(Number), lastSeenAt: expect.any(Number) });
  const value = await encode({ token: change(claims!), secret, salt: SESSION_COOKIE });
  await context.addCookies([{ ...cookie!, value }]);
}

async function sessionClaims(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  return cookie ? decode({ token: cookie.value, secret: authSecret(), salt: SESSION_COOKIE }) : null;
}

test("the session cookie is HttpOnly and SameSite=Lax, and every request keeps the session alive", async ({ page, context }) => {
  await signInAs(page, "GP");
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });

  const almostIdle = Date.now() - 29 * MINUTE;
  await ageSession(context, (claims) => ({ ...claims, lastSeenAt: almostIdle }));
  await page.goto("/henvisninger");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mine henvisninger");
  expect((await sessionClaims(context))?.lastSeenAt).toBeGreaterThan(almostIdle + 28 * MINUTE);
});

test("after 30 minutes without a request the user is signed out and told why, on an accessible page", async ({ page, context }) => {
  await signInAs(page, "GP");
  await ageSession(context, (claims) => ({ ...claims, lastSeenAt: Date.now() - 31 * MINUTE }));

  await page.goto("/henvisninger");
  await expect(page).toHaveURL(/\/login\?reason=idle$/);
  await expect(page.getByRole("status")).toHaveText(
    "Du er blevet logget ud, fordi du ikke har brugt portalen i 30 minutter. Log ind igen for at fortsætte.",
  );
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  await expectAccessible(page);
  expect(await sessionClaims(context)).toBeNull();

  // Said once: the ended session is gone, so the next protected page is an ordinary sign-in.
  await page.goto("/henvisninger");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("8 hours after signing in the session ends however busy the user is", async ({ page, context }) => {
  await signInAs(page, "GP");
  await ageSession(context, (claims) => ({ ...claims, signedInAt: Date.now() - 8 * 60 * MINUTE - MINUTE, lastSeenAt: Date.now() }));
  await page.goto("/");
  await expect(page).toHaveURL(/\/login\?reason=expired$/);
  await expect(page.getByRole("status")).toContainText("der er gået 8 timer, siden du loggede ind");
  await expectAccessible(page);
});

test("after 50 failed sign-ins from one address even a real user is refused there, told so in plain Danish", async ({ page, request }) => {
  // An address of this run's own (X-Forwarded-For, as the city's proxy would send it), so reruns never share a count.
  const address = `2001:db8::${randomUUID().slice(0, 4)}`;
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const attempt = async (userId: string) => {
    const response = await request.post("/api/auth/callback/demo", {
      headers: { "x-forwarded-for": address },
      form: { csrfToken, userId, callbackUrl: "/" },
      maxRedirects: 0,
    });
    return new URL(response.headers()["location"] ?? "", "http://portal").search;
  };
  for (let i = 0; i < 50; i += 1) expect(await attempt(`findes-ikke-${randomUUID()}`)).toContain("error=CredentialsSignin");
  expect(await attempt(`findes-ikke-${randomUUID()}`)).toBe("?error=rate-limited");

  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  await page.goto("/login");
  await page.getByRole("button", { name: `Log ind som ${DEMO_USERS.GP.name}, ${DEMO_USERS.GP.label}` }).click();
  await expect(page).toHaveURL(/\/login\?error=rate-limited$/);
  await expect(page.getByText("For mange forsøg på at logge ind. Prøv igen om 15 minutter.")).toHaveRole("alert");
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  await expectAccessible(page);

  // From any other address the same user signs in at once.
  await page.setExtraHTTPHeaders({});
  await signInAs(page, "GP");
});

test("over https the session cookies are __Secure- and Secure", async ({ request }) => {
  // Behind the city's TLS-terminating proxy, which says so in X-Forwarded-Proto (and PORTAL_URL=https:// forces it).
  const csrf = await request.get("/api/auth/csrf", { headers: { "x-forwarded-proto": "https" } });
  const cookies = csrf.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  expect(cookies.find((c) => c.startsWith("__Host-authjs.csrf-token="))).toMatch(/; Secure/i);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };

  const signIn = await request.post("/api/auth/callback/demo", {
    headers: { "x-forwarded-proto": "https", cookie: cookies.map((c) => c.split(";")[0]).join("; ") },
    form: { csrfToken, userId: "demo-user-gp", callbackUrl: "/" },
    maxRedirects: 0,
  });
  const session = secureSessionCookie(signIn);
  expect(session).toMatch(/; HttpOnly/i);
  expect(session).toMatch(/; Secure/i);
  expect(session).toMatch(/; SameSite=Lax/i);

  // The pages read the __Secure- cookie, and the proxy renews it under the same name.
  const page = await request.get("/henvisninger", { headers: { "x-forwarded-proto": "https", cookie: session!.split(";")[0]! }, maxRedirects: 0 });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("Mine henvisninger");
  expect(secureSessionCookie(page)).toMatch(/; Secure/i);
});

function secureSessionCookie(response: APIResponse): string | undefined {
  return response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("__Secure-authjs.session-token="))?.value;
}
