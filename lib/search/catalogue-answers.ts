import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Search answers kept in this process for one catalogue version (decision 015). The version is PostgreSQL's
// ("CatalogueVersion", one up after every statement that writes offers, their locations, units or search terms, by
// trigger), so every server sees an edit at once, whoever made it. The offer cards of the results are kept the same way.

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
/** Offer cards kept at most: about 1 KB each, a fifth of a 10,000-offer catalogue. */
const MAX_CARDS = 2_000;

type Kept = LastingAnswer<unknown> & { version: string };

/** A least-recently-used store of answers, each valid for the catalogue version it was read at. */
function keptAnswers(max: number) {
  const kept = new Map<string, Kept>();
  return {
    get<T>(catalogue: Catalogue, key: string): T | undefined {
      const answer = kept.get(key);
      kept.delete(key);
      if (!answer || answer.version !== catalogue.version || (answer.validUntil !== null && answer.validUntil <= catalogue.now)) return undefined;
      kept.set(key, answer);
      return answer.value as T;
    },
    set<T>(catalogue: Catalogue, key: string, answer: LastingAnswer<T>) {
      kept.set(key, { ...answer, version: catalogue.version });
      if (kept.size > max) kept.delete(kept.keys().next().value!);
    },
  };
}

const stores = ((globalThis as { __portalCatalogueStores?: { answers: ReturnType<typeof keptAnswers>; items: ReturnType<typeof keptAnswers> } }).__portalCatalogueStores ??= {
  answers: keptAnswers(MAX_ANSWERS),
  items: keptAnswers(MAX_CARDS),
});

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
  const kept = stores.answers.get<T>(catalogue, key);
  if (kept !== undefined) return kept;
  const answer = await read();
  stores.answers.set(catalogue, key, answer);
  return answer.value;
}

/**
 * Items by id (offer cards) as kept for this catalogue version, in the order of `ids`; the ones not kept are read in
 * one go (`read` gets the missing ids and may leave out ids it no longer finds) and kept. Kept items are shared between
 * requests: read-only.
 */
export async function itemsFor<T extends { id: string }>(catalogue: Catalogue, kind: string, ids: string[], read: (missing: string[]) => Promise<T[]>): Promise<T[]> {
  const key = (id: string) => `${kind}:${id}`;
  const found = new Map<string, T>();
  for (const id of ids) {
    const kept = stores.items.get<T>(catalogue, key(id));
    if (kept !== undefined) found.set(id, kept);
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    for (const item of await read(missing)) {
      stores.items.set(catalogue, key(item.id), { value: item, validUntil: null });
      found.set(item.id, item);
    }
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}
