import { describe, expect, inject, it } from "vitest";
// @ts-expect-error plain .mjs helpers shared with the set-up scripts
import { DIFF_ARGS, runMigrate } from "../../scripts/migrate.mjs";

describe("migrations", () => {
  // `migrate deploy` on an empty database is what the global setup of this very run did.
  it("match the schema exactly (prisma migrate diff is empty)", async () => {
    const output: string = await runMigrate(DIFF_ARGS, { quiet: true, env: { DATABASE_URL: inject("databaseUrl") } });
    expect(output).toContain("No difference detected");
  });
});
