#!/usr/bin/env node
// `npm test`: everything — type check, unit tests, integration tests on a fresh PostgreSQL database, and end-to-end
// tests in Debian's Chromium against the production build on another fresh, seeded database, and a smoke run of the
// benchmark on tiny data. Ends in one summary line.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureDependencies, ensureMigrateTool, fail, generatePrismaClient, ROOT, run, step } from "./lib/setup.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const reports = join(ROOT, "test-results", "reports");

function ensureChromium() {
  if (existsSync(chromium)) return;
  if (process.getuid?.() !== 0) fail(`Chromium is missing at ${chromium}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  step("Installing Chromium from Debian's packages");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

ensureDependencies();
ensureMigrateTool();
generatePrismaClient();
ensureChromium();

const { checkServer, createDatabase, dropDatabase, withDatabase } = await import("./lib/postgres.mjs");
const problem = await checkServer(serverUrl);
if (problem) {
  fail(`No PostgreSQL for the tests: ${problem}. Start it with \`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\`, or set TEST_DATABASE_URL.`);
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// Build first: Next generates route types (.next/types) that the type check reads.
step("Building the production app (next build)");
run("npx", ["next", "build"]);
step("Type check (tsc)");
run("npx", ["tsc", "--noEmit"]);

function vitest(project) {
  step(`${project[0].toUpperCase()}${project.slice(1)} tests (Vitest)`);
  const output = join(reports, `${project}.json`);
  const result = spawnSync("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`], { cwd: ROOT, stdio: "inherit" });
  const report = existsSync(output) ? JSON.parse(readFileSync(output, "utf8")) : { numPassedTests: 0, numFailedTests: 1 };
  return { passed: report.numPassedTests, failed: report.numFailedTests + (result.status === 0 ? 0 : report.numFailedTests ? 0 : 1) };
}

async function e2e() {
  const { runMigrate } = await import("./migrate.mjs");
  const name = `portal_e2e_${Math.random().toString(16).slice(2, 10)}`;
  const url = withDatabase(serverUrl, name);
  step(`End-to-end tests (Playwright, ${chromium}) on a fresh database ${name}`);
  await createDatabase(serverUrl, name);
  try {
    await runMigrate(["migrate", "deploy"], { quiet: true, env: { DATABASE_URL: url } });
    run("npm", ["run", "--silent", "db:seed"], { env: { ...process.env, DATABASE_URL: url } });
    const output = join(reports, "e2e.json");
    const result = spawnSync("npx", ["playwright", "test"], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url, CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: output },
    });
    const stats = existsSync(output) ? JSON.parse(readFileSync(output, "utf8")).stats : { expected: 0, unexpected: 1, flaky: 0 };
    const failed = stats.unexpected + (result.status === 0 || stats.unexpected ? 0 : 1);
    return { passed: stats.expected + stats.flaky, failed };
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

/** The benchmark on tiny data (npm run bench -- --smoke): every scenario must answer without errors; no budgets. */
function benchSmoke() {
  step("Bench smoke run (npm run bench -- --smoke)");
  const result = spawnSync("node", ["scripts/bench.mjs", "--smoke"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, BENCH_DATABASE_SERVER: serverUrl } });
  return result.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

const results = { unit: vitest("unit"), integration: vitest("integration"), e2e: await e2e(), bench: benchSmoke() };
const passed = Object.values(results).reduce((sum, r) => sum + r.passed, 0);
const failed = Object.values(results).reduce((sum, r) => sum + r.failed, 0);
console.log(`\nunit ${results.unit.passed}/${results.unit.passed + results.unit.failed}, integration ${results.integration.passed}/${results.integration.passed + results.integration.failed}, e2e ${results.e2e.passed}/${results.e2e.passed + results.e2e.failed}, bench smoke ${results.bench.passed}/1`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
