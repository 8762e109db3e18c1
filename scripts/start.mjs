#!/usr/bin/env node
// `npm start`: install what is missing, generate, migrate, seed demo data, build, and serve on http://localhost:3000.
// Without DATABASE_URL the portal runs on the embedded database in .data/pglite (kept between starts).
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureBuild, ensureDependencies, fail, generatePrismaClient, ROOT, SERVER_NODE_FLAGS, step } from "./lib/setup.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
// Links in e-mails point at this server unless the portal's public address is given.
process.env.PORTAL_URL ??= `http://localhost:${port}`;

ensureDependencies();
generatePrismaClient();

if (process.env.DATABASE_URL) {
  const { checkServer } = await import("./lib/postgres.mjs");
  const { runMigrate } = await import("./migrate.mjs");
  step("Checking PostgreSQL (DATABASE_URL)");
  const problem = await checkServer(process.env.DATABASE_URL);
  if (problem) fail(`Cannot reach the database in DATABASE_URL: ${problem}. Start PostgreSQL, fix DATABASE_URL, or unset it to use the embedded database.`);
  step("Applying migrations (Prisma Migrate)");
  await runMigrate(["migrate", "deploy"], { quiet: true }).catch((error) => fail(`Migrations failed:\n${error.output ?? error.message}`));
} else {
  step("Using the embedded database in .data/pglite (set DATABASE_URL to use PostgreSQL)");
}

step("Seeding demo data (only what is missing)");
const seed = spawnSync("npm", ["run", "--silent", "db:seed"], { cwd: ROOT, stdio: "inherit" });
if (seed.status !== 0) process.exit(1); // the seed has said what is wrong, in one line

ensureBuild();

step(`Serving on http://localhost:${port} — stop with Ctrl+C`);
// The server entry, not `next start`: it decides who connected (X-Forwarded-For), docs/decisions/007-client-address.md.
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(ROOT, "scripts", "serve.mjs"), "-p", port], { cwd: ROOT, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
