import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Search answers kept in this process for one catalogue version (decision 015). The version is PostgreSQL's
// ("CatalogueVersion", one up after every statement that writes offers or units, by trigger), so every server sees an
// edit at once, whoever made it.

/** The catalogue version now, and the database's clock (the one the search's `now()` reads). */
export interface Catalogue {
  version: string;
  now: Date;
}

/** An answer, and when time alone makes it wrong (null: never). */
export interface LastingAnswer<T> {
  value: T;
  validUntil: Date | null;
}

/** Answers kept at most (least recently used go first): a few KB each. */
const MAX_ANSWERS = 500;

const answers = ((globalThis as { __portalCatalogueAnswers?: Map<string, LastingAnswer<unknown> & { version: string }> }).__portalCatalogueAnswers ??= new Map());

export async function readCatalogue(db: Pick<Db, "$queryRaw">): Promise<Catalogue> {
  const [row] = await db.$queryRaw<Catalogue[]>(Prisma.sql`SELECT "version"::text AS version, now() AS now FROM "CatalogueVersion"`);
  if (!row) throw new Error("CatalogueVersion has no row: migration 20261202105200_catalogue_version not applied");
  return row;
}

/**
 * The answer kept for `key` if it was read at this catalogue version and is still valid; otherwise `read` it and keep
 * it under this version. It is read after the version, so it is never older than the version it is kept under (at
 * worst newer, and then read again once the newer version is seen).
 */
export async function answerFor<T>(catalogue: Catalogue, key: string, read: () => Promise<LastingAnswer<T>>): Promise<T> {
  const kept = answers.get(key) as (LastingAnswer<T> & { version: string }) | undefined;
  answers.delete(key);
  if (kept && kept.version === catalogue.version && (kept.validUntil === null || kept.validUntil > catalogue.now)) {
    answers.set(key, kept);
    return kept.value;
  }
  const answer = await read();
  answers.set(key, { ...answer, version: catalogue.version });
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
  return answer.value;
}
