import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The audit log is kept at least 6 months (Sundhedsloven §42a) and no code of the portal changes or deletes a row of it:
// not the retention job, not the demo seed, not a script (docs/security.md, "Audit log").
const root = new URL("../../", import.meta.url).pathname;
const SOURCE_FOLDERS = ["app", "lib", "scripts", "prisma", "components", "instrumentation.ts"];
const SKIP = new Set(["node_modules", "generated"]);

function sourceFiles(path: string): string[] {
  if (statSync(path).isFile()) return /\.(ts|tsx|mjs|js|sql)$/.test(path) && !/\.test\.tsx?$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => (SKIP.has(name) ? [] : sourceFiles(join(path, name))));
}

describe("the audit log's rows", () => {
  it("are never updated or deleted by the portal's code", () => {
    const writes = /auditLog\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b|(DELETE\s+FROM|UPDATE|TRUNCATE(\s+TABLE)?)\s+"?AuditLog\b/i;
    const offenders = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(root, folder))).filter((file) => writes.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
