// A fresh PostgreSQL database per test run, migrated with the committed migrations (Prisma Migrate), dropped after.
import { randomBytes } from "node:crypto";
// @ts-expect-error plain .mjs helpers shared with the set-up scripts
import { checkServer, createDatabase, dropDatabase, withDatabase } from "../../scripts/lib/postgres.mjs";
// @ts-expect-error plain .mjs helpers shared with the set-up scripts
import { runMigrate } from "../../scripts/migrate.mjs";

export const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createTestDatabase(prefix: string): Promise<{ name: string; url: string }> {
  const problem: string | null = await checkServer(SERVER_URL);
  if (problem) {
    throw new Error(
      `No PostgreSQL for the tests: ${problem}. Start it with \`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\` or set TEST_DATABASE_URL.`,
    );
  }
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await createDatabase(SERVER_URL, name);
  const url: string = withDatabase(SERVER_URL, name);
  await runMigrate(["migrate", "deploy"], { quiet: true, env: { DATABASE_URL: url } });
  return { name, url };
}

export function dropTestDatabase(name: string): Promise<void> {
  return dropDatabase(SERVER_URL, name);
}
