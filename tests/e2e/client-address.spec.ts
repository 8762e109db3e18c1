import { randomInt, randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import pg from "pg";
import { expect, test } from "./support/fixtures";

// Who a client is, as the audit log and the sign-in limit see it. The e2e server is the production server entry
// (scripts/serve.mjs) with TRUSTED_PROXIES=127.0.0.1: the test runner plays the city's proxy from 127.0.0.1, and here a
// client connects straight from another loopback address, which is no trusted proxy, and writes X-Forwarded-For
// itself. Whatever it writes, it is the address it connected from. docs/decisions/007-client-address.md.


/** A loopback address of this run's own (Linux routes all of 127.0.0.0/8 to the loopback), not 127.0.0.1. */
const ownLoopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`;
/** A documentation address (RFC 3849) no other spec uses. */
const madeUpAddress = () => `2001:db8:7::${randomUUID().slice(0, 4)}`;

interface Answer {
  status: number;
  location: string;
  cookies: string[];
  body: string;
}

/** One HTTP request from `localAddress`, as a client without a proxy in between would send it. */
function send(baseURL: string, localAddress: string, path: string, options: { method?: string; headers?: Record<string, string>; form?: Record<string, string> } = {}): Promise<Answer> {
  const url = new URL(path, baseURL);
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? "GET",
        localAddress,
        headers: { ...options.headers, ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      },
      (incoming) => {
        let text = "";
        incoming.setEncoding("utf8");
        incoming.on("data", (chunk: string) => (text += chunk));
        incoming.on("end", () =>
          resolve({ status: incoming.statusCode ?? 0, location: String(incoming.headers.location ?? ""), cookies: incoming.headers["set-cookie"] ?? [], body: text }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** A demo sign-in from `localAddress` claiming `forwardedFor`: the query string Auth.js sends the browser to. */
async function signInFrom(baseURL: string, localAddress: string, forwardedFor: string, userId: string): Promise<string> {
  const headers = { "x-forwarded-for": forwardedFor };
  const csrf = await send(baseURL, localAddress, "/api/auth/csrf", { headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = csrf.cookies.map((c) => c.split(";")[0]).join("; ");
  const answer = await send(baseURL, localAddress, "/api/auth/callback/demo", { method: "POST", headers: { ...headers, cookie }, form: { csrfToken, userId, callbackUrl: "/" } });
  return new URL(answer.location, "http://portal").search;
}

async function auditAddresses(action: string, addresses: string[]): Promise<string[]> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ ip: string }>(`select ip from "AuditLog" where action = $1 and ip = any($2)`, [action, addresses]);
    return rows.map((row) => row.ip);
  } finally {
    await db.end();
  }
}

test("a sign-in is recorded with the address the client connected from, not the one it wrote in X-Forwarded-For", async ({ baseURL }) => {
  const client = ownLoopback();
  const claimed = madeUpAddress();
  expect(await signInFrom(baseURL!, client, claimed, "demo-user-gp")).toBe("");
  expect(await auditAddresses("auth.sign_in", [client, claimed])).toEqual([client]);
});

test("failed sign-ins in another address's name count against the sender: the other address can still sign in", async ({ baseURL, request }) => {
  const attacker = ownLoopback();
  const victim = madeUpAddress();
  for (let i = 0; i < 50; i += 1) expect(await signInFrom(baseURL!, attacker, victim, `findes-ikke-${randomUUID()}`)).toContain("error=CredentialsSignin");
  expect(await signInFrom(baseURL!, attacker, victim, `findes-ikke-${randomUUID()}`)).toBe("?error=rate-limited");
  expect(await auditAddresses("auth.rate_limited", [attacker, victim])).toEqual([attacker]);

  // The real GP at that address, through the city's proxy, signs in at once.
  const csrf = await request.get("/api/auth/csrf", { headers: { "x-forwarded-for": victim } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await request.post("/api/auth/callback/demo", { headers: { "x-forwarded-for": victim }, form: { csrfToken, userId: "demo-user-gp", callbackUrl: "/" }, maxRedirects: 0 });
  expect(new URL(signIn.headers()["location"] ?? "", "http://portal").search).toBe("");
});

test("a new made-up address for every attempt does not escape the limit of 50 failed sign-ins per address", async ({ baseURL }) => {
  const attacker = ownLoopback();
  for (let i = 0; i < 50; i += 1) expect(await signInFrom(baseURL!, attacker, madeUpAddress(), `findes-ikke-${randomUUID()}`)).toContain("error=CredentialsSignin");
  expect(await signInFrom(baseURL!, attacker, madeUpAddress(), `findes-ikke-${randomUUID()}`)).toBe("?error=rate-limited");
});
