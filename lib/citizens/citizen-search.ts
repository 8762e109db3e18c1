import "server-only";
import { getConfig } from "@/lib/config";
import { firstSearchParams } from "@/lib/validation/search-params";
import { citizenSearchKey, openCitizenSearch, sealCitizenSearch, type OpenedCitizenSearch } from "./citizen-search-id";

// Searches for a citizen with what was typed kept out of every URL (decision 009): the forms post to a route that
// seals the field into a search id for the signed-in user; the pages (and the audit log's CSV routes) open it. Used by
// the audit pages' CPR field and the lists' "Find én henvisning".

let derived: { secret: string; key: Buffer } | undefined;
function key(): Buffer {
  const secret = getConfig().authSecret;
  if (derived?.secret !== secret) derived = { secret, key: citizenSearchKey(secret) };
  return derived.key;
}

/** A fresh search id for what `user` typed; every page of a search seals a new one for its links. */
export function sealCitizenSearchFor(user: { id: string }, typed: string): string {
  return sealCitizenSearch(typed, { key: key(), userId: user.id, now: Date.now() });
}

/** The field of the search the URL's `param` names: undefined without a search id, else what was typed or why it is gone. */
export function citizenSearchOf(
  user: { id: string },
  params: Record<string, string | string[] | undefined> | URLSearchParams,
  param: string,
): OpenedCitizenSearch | undefined {
  const id = params instanceof URLSearchParams ? params.get(param) : firstSearchParams(params)[param];
  return id ? openCitizenSearchFor(user, id) : undefined;
}

/** What `user` typed, if `id` was sealed for them and has not expired; else why not. */
export function openCitizenSearchFor(user: { id: string }, id: string): OpenedCitizenSearch {
  return openCitizenSearch(id, { key: key(), userId: user.id, now: Date.now() });
}
