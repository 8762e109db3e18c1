import { readFileSync, writeFileSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Prisma 6.19's CLI runs Prisma Migrate through its wasm schema engine and a driver adapter, so no native engine is
// downloaded (Prisma 7's CLI cannot migrate offline). Paths are relative to the project root: run it from there,
// through scripts/migrate.mjs.

if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set");

// prisma/prisma#27403: adapter-pg 6.x cannot decode pg_catalog types the engine reads. Report them as text.
// "char", name, int2vector, regproc, xid, oidvector, pg_node_tree, regclass, regtype
const CATALOG_TEXT = new Set([18, 19, 22, 24, 28, 30, 194, 2205, 2206]);
const CATALOG_TEXT_ARRAY = new Set([1002, 1003]); // "char"[], name[]
type Result = { fields?: { dataTypeID: number }[] };
const nameAsText = <T,>(res: T): T => {
  for (const r of (Array.isArray(res) ? res : [res]) as Result[])
    for (const f of r?.fields ?? []) {
      if (CATALOG_TEXT.has(f.dataTypeID)) f.dataTypeID = 25;
      else if (CATALOG_TEXT_ARRAY.has(f.dataTypeID)) f.dataTypeID = 1009;
    }
  return res;
};
class NameAsTextClient extends pg.Client {
  // pg-pool calls query(text, values, callback); the adapter also uses the promise form.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const callback = args[args.length - 1];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const query = super.query as (...a: any[]) => any;
    if (typeof callback === "function") {
      args[args.length - 1] = (err: unknown, res: Result) => callback(err, err ? res : nameAsText(res));
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    return result && typeof result.then === "function" ? result.then(nameAsText) : result;
  }
}

// Discrete fields, not connectionString: connectToShadowDb() spreads the config and overrides `database`.
const url = new URL(process.env.DATABASE_URL);
const poolConfig: pg.PoolConfig & { Client: typeof pg.Client } = {
  host: url.hostname,
  port: Number(url.port || 5432),
  user: decodeURIComponent(url.username),
  password: decodeURIComponent(url.password),
  database: url.pathname.slice(1),
  Client: NameAsTextClient,
  allowExitOnIdle: true,
  idleTimeoutMillis: 1000,
};

// adapter-pg 6.19.3 drops the shadow database while its own pool is still connected. Close first, then drop.
class PrismaPgMigrate extends PrismaPg {
  async connectToShadowDb() {
    const admin = await this.connect();
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...poolConfig, database: name }).connect();
    const close = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await close();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

// The Prisma 6 CLI needs a datasource url and engineType = "client"; derive that copy from the one schema on every run.
writeFileSync(
  "tools/prisma-migrate/schema.prisma",
  "// GENERATED from prisma/schema.prisma by tools/prisma-migrate/prisma.config.ts - do not edit\n" +
    readFileSync("prisma/schema.prisma", "utf8")
      .replace(/provider\s*=\s*"postgresql"/, 'provider = "postgresql"\n  url      = env("DATABASE_URL")')
      .replace(/provider\s*=\s*"prisma-client"/, 'provider   = "prisma-client"\n  engineType = "client"'),
);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "../../prisma/migrations" },
  adapter: async () => new PrismaPgMigrate(poolConfig),
});
