#!/usr/bin/env node
// Runs Prisma Migrate (the pinned Prisma 6 CLI in tools/prisma-migrate) against DATABASE_URL.
//   node scripts/migrate.mjs deploy          apply committed migrations
//   node scripts/migrate.mjs dev <name>      author a new migration from prisma/schema.prisma
//   node scripts/migrate.mjs diff            print the difference between the migrations and the schema
// The CLI can linger for up to a minute after success (open pool handles), so we end it once it says it is done.
import { spawn } from "node:child_process";
import { ensureMigrateTool, ROOT } from "./lib/setup.mjs";

const SUCCESS = [
  /All migrations have been successfully applied/,
  /No pending migrations to apply/,
  /Your database is now in sync with your schema/,
  /Already in sync/,
];

/** Migrations vs. schema (the derived copy the config writes); exits 2 when they differ. Uses a temporary shadow database. */
export const DIFF_ARGS = ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "tools/prisma-migrate/schema.prisma", "--exit-code"];

export async function runMigrate(args, { quiet = false, env = {} } = {}) {
  ensureMigrateTool();
  const cli = `${ROOT}/tools/prisma-migrate/node_modules/.bin/prisma`;
  return new Promise((resolve, reject) => {
    const child = spawn(cli, [...args, "--config", "tools/prisma-migrate/prisma.config.ts"], {
      cwd: ROOT,
      env: { ...process.env, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
      detached: true,
    });
    let output = "";
    let done = false;
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (!quiet) process.stdout.write(text);
      if (!done && SUCCESS.some((re) => re.test(output))) {
        done = true;
        setTimeout(() => {
          try {
            process.kill(-child.pid, "SIGTERM");
          } catch {}
        }, 500).unref();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) => {
      if (done || code === 0) resolve(output);
      else reject(Object.assign(new Error(`prisma ${args.join(" ")} failed`), { output }));
    });
  });
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const [command, ...rest] = process.argv.slice(2);
  const args =
    command === "deploy"
      ? ["migrate", "deploy"]
      : command === "dev"
        ? ["migrate", "dev", "--skip-generate", "--name", rest[0] ?? "change", ...rest.slice(1)]
        : command === "diff"
          ? DIFF_ARGS
          : null;
  if (!args) {
    console.error("Usage: node scripts/migrate.mjs deploy | dev <name> | diff");
    process.exit(2);
  }
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL must point to PostgreSQL, e.g. postgresql://postgres@127.0.0.1:5432/portal_dev");
    process.exit(2);
  }
  runMigrate(args).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
