import "server-only";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { ConfigError } from "@/lib/config";

const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");

/**
 * Applies prisma/migrations/* in order to the embedded database, recording each in a table of its own. The SQL is the
 * same Prisma Migrate wrote for PostgreSQL (docs/decisions/001-databases-and-migrations.md).
 */
export async function migrateEmbedded(db: PGlite): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS "_embedded_migrations" (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied = new Set((await db.query<{ name: string }>(`SELECT name FROM "_embedded_migrations"`)).rows.map((row) => row.name));
  const pending = readdirSync(MIGRATIONS_DIR)
    .filter((name) => existsSync(join(MIGRATIONS_DIR, name, "migration.sql")) && !applied.has(name))
    .sort();
  for (const name of pending) {
    const sql = readFileSync(join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
    await db.transaction(async (tx) => {
      await tx.exec(sql);
      await tx.query(`INSERT INTO "_embedded_migrations"(name) VALUES ($1)`, [name]);
    });
  }
  return pending;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * PGlite has no locking between processes, and two processes on one folder corrupt it. Take an exclusive lock file
 * holding our pid; a lock whose pid is dead is stale and taken over.
 */
export function lockDataDir(dataDir: string): void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.once("exit", () => {
        try {
          unlinkSync(lockFile);
        } catch {}
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockFile, "utf8"));
      if (owner === process.pid) return;
      if (isAlive(owner)) {
        throw new ConfigError(`The embedded database in ${dataDir} is in use by process ${owner}. Stop that process first (only one may open it).`);
      }
      unlinkSync(lockFile);
    }
  }
}

export async function openEmbedded(dataDir: string): Promise<PGlite> {
  mkdirSync(dataDir, { recursive: true });
  lockDataDir(dataDir);
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  await migrateEmbedded(db);
  return db;
}
