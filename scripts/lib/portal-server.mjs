// What `npm run load` and `npm run bench` share: a migrated, demo-seeded database of their own, the production server on
// loopback, and demo users signed in with cookies. Imports `pg` and the migration script lazily (they need npm install).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { ROOT, SERVER_NODE_FLAGS } from "./setup.mjs";

/** Creates the database `name` on the server at `serverUrl`, migrates it and seeds the demo data; resolves to its URL. */
export async function createSeededDatabase(serverUrl, name) {
  const { createDatabase, withDatabase } = await import("./postgres.mjs");
  const { runMigrate } = await import("../migrate.mjs");
  await createDatabase(serverUrl, name);
  const databaseUrl = withDatabase(serverUrl, name);
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  await runMigrate(["migrate", "deploy"], { quiet: true, env });
  await runChild("npm", ["run", "--silent", "db:seed"], env);
  return databaseUrl;
}

export function runChild(command, args, env, stdio = "inherit") {
  return new Promise((resolve, reject) =>
    spawn(command, args, { cwd: ROOT, env, stdio }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (exit ${code})`)))),
  );
}

/** The production build (scripts/serve.mjs) on 127.0.0.1:`port` with demo sign-in; resolves once /api/health answers. */
export async function startServer({ databaseUrl, port, env = {} }) {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(ROOT, "scripts", "serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORTAL_DEMO: "true", AUTH_SECRET: randomUUID(), PORT: String(port), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealth(base).catch((error) => {
    child.kill("SIGTERM");
    throw error;
  });
  return { base, pid: child.pid, stop: () => child.kill("SIGTERM") };
}

async function waitForHealth(base) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const healthy = await fetch(`${base}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not answer /api/health within 60 s");
}

function cookiesOf(response) {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

/** Signs a demo user in through the demo sign-in; resolves to the session cookie. */
export async function signIn(base, userId) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/demo`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, userId, callbackUrl: `${base}/` }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`sign-in of ${userId} gave no session (status ${response.status})`);
  return session.split(";")[0];
}

/** A unique citizen per serial (a real birth date, born in the 1900s), so a duplicate is a second row for one citizen. */
export function citizenCpr(serial) {
  const day = String(1 + (serial % 28)).padStart(2, "0");
  const month = String(1 + (Math.floor(serial / 28) % 12)).padStart(2, "0");
  const year = String(40 + (Math.floor(serial / 336) % 35)).padStart(2, "0");
  return `${day}${month}${year}-${String(serial % 4000).padStart(4, "0")}`;
}

/** The body of POST /api/referrals for a new citizen, as the referral form sends it. */
export function referralBody(serial, idempotencyKey = randomUUID()) {
  return JSON.stringify({
    idempotencyKey,
    cpr: citizenCpr(serial),
    citizenName: `Borger ${serial}`,
    needSlugs: ["aandenoed"],
    ...(serial % 3 === 0 ? {} : { offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" }),
    consent: "on",
  });
}
