import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getConfig } from "@/lib/config";
import { firstSearchParams } from "@/lib/validation/search-params";
import { cprSearchKey, CPR_SEARCH_PARAM, openCprSearch, sealCprSearch, type OpenedCprSearch } from "./cpr-search-id";

// The audit pages' searches by CPR number, with the number kept out of every URL (decision 009): the forms post to
// a route that seals the CPR field into a search id for the signed-in user; the pages and the CSV routes open it.

let derived: { secret: string; key: Buffer } | undefined;
function key(): Buffer {
  const secret = getConfig().authSecret;
  if (derived?.secret !== secret) derived = { secret, key: cprSearchKey(secret) };
  return derived.key;
}

/** A fresh search id for what `user` typed in the CPR field; every page of a search seals a new one for its links. */
export function sealCprSearchFor(user: SessionUser, typed: string): string {
  return sealCprSearch(typed, { key: key(), userId: user.id, now: Date.now() });
}

/** The CPR field of the search the URL names: undefined without a search id, else what was typed or why it is gone. */
export function cprSearchOf(user: SessionUser, params: Record<string, string | string[] | undefined> | URLSearchParams): OpenedCprSearch | undefined {
  const id = params instanceof URLSearchParams ? params.get(CPR_SEARCH_PARAM) : firstSearchParams(params)[CPR_SEARCH_PARAM];
  return id ? openCprSearch(id, { key: key(), userId: user.id, now: Date.now() }) : undefined;
}
