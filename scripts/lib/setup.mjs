// Set-up steps shared by `npm start` and `npm test`. Node built-ins only: this runs before `npm install`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Node's flags for the production server (scripts/serve.mjs), wherever it is started: a cap on V8's old generation, so
 * the heap is collected before the process tree grows past the memory budget (docs/decisions/013-server-heap-cap.md).
 */
export const SERVER_NODE_FLAGS = ["--max-old-space-size=160"];

export function step(message) {
  console.log(`\n▸ ${message}`);
}

export function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.status !== 0) fail(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
}

function isStale(dir, manifest) {
  const marker = join(dir, "node_modules", ".package-lock.json");
  if (!existsSync(marker)) return true;
  return statSync(join(dir, manifest)).mtimeMs > statSync(marker).mtimeMs;
}

export function ensureDependencies() {
  if (!isStale(ROOT, "package.json")) return;
  step("Installing npm packages");
  run("npm", ["install", "--no-audit", "--no-fund"]);
}

export function ensureMigrateTool() {
  const dir = join(ROOT, "tools", "prisma-migrate");
  if (!isStale(dir, "package.json")) return;
  step("Installing the migration tool (tools/prisma-migrate)");
  run("npm", ["install", "--no-audit", "--no-fund"], { cwd: dir });
}

export function generatePrismaClient() {
  const client = join(ROOT, "lib", "generated", "prisma", "client.ts");
  const schema = join(ROOT, "prisma", "schema.prisma");
  if (existsSync(client) && statSync(client).mtimeMs > statSync(schema).mtimeMs) return;
  step("Generating the Prisma client");
  run("npx", ["prisma", "generate"], { env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
}

function newestSourceChange(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== "generated" && entry !== "node_modules") visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach((path) => visit(join(ROOT, path)));
  return newest;
}

const BUILD_SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "instrumentation.ts", "proxy.ts", "package.json", "postcss.config.mjs"];

/** Builds the production app unless the build in NEXT_DIST_DIR (default .next) is newer than every source file. */
export function ensureBuild() {
  const buildId = join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceChange(BUILD_SOURCES)) return;
  step("Building the portal (next build)");
  run("npx", ["next", "build"]);
}

export function gitRevision() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
  } catch {
    return "unknown";
  }
}
