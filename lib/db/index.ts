import "server-only";
import { getConfig } from "@/lib/config";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

/** The database or the caller's transaction: for a write that runs inside a larger one when there is one. */
export type DbOrTx = PrismaClient | Prisma.TransactionClient;

/** A write refused by a unique constraint (Prisma's P2002): the row exists already, or a parallel request wrote it first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

interface DbState {
  db?: Promise<PrismaClient>;
  close?: () => Promise<void>;
}

// One database per process, kept on globalThis: Next loads this module once per route bundle, and a second PGlite on
// the same folder must never be opened. Nothing opens at import time, so `next build` never touches the database.
const state = ((globalThis as { __portalDb?: DbState }).__portalDb ??= {});

async function connect(): Promise<PrismaClient> {
  const config = getConfig();
  if (config.databaseUrl) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    // Sized on purpose (DATABASE_POOL_SIZE, decision 014), not pg's default of 10.
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.databaseUrl, max: config.databasePoolSize }) });
    state.close = () => client.$disconnect();
    return client;
  }
  const { openEmbedded } = await import("./embedded");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await openEmbedded(config.pgliteDir);
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  state.close = async () => {
    await client.$disconnect();
    await pglite.close();
  };
  return client;
}

/** The Prisma client for this process: PostgreSQL when DATABASE_URL is set, otherwise the embedded database. */
export function getDb(): Promise<PrismaClient> {
  return (state.db ??= connect().catch((error: unknown) => {
    state.db = undefined;
    throw error;
  }));
}

export async function closeDb(): Promise<void> {
  const close = state.close;
  state.db = undefined;
  state.close = undefined;
  await close?.();
}
