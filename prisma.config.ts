import { defineConfig } from "prisma/config";

// Offline: Prisma 7's CLI wants a native schema-engine binary even for `generate`, which never uses it.
// Point it at a stub. Migrations run through tools/prisma-migrate (docs/decisions/001-databases-and-migrations.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "scripts/no-schema-engine.sh";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // The embedded database has no DATABASE_URL, and `generate` needs none.
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
