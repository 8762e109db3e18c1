import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getConfig } from "@/lib/config";
import { firstSearchParams } from "@/lib/http/search-params";
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

/** No field of a search form is longer than this in a URL (the pages say when one is too long for the search). */
const FIELD_MAX = 200;

/**
 * The answer to a posted search form: 303 to `path` with the form's `fields` in the query, in the form's order, and its
 * CPR field as a search id (also when empty if `cpr` is "required", so that the page says it is missing). Relative,
 * whatever host the proxy used.
 */
export async function searchRedirect(request: Request, user: SessionUser, path: string, options: { fields: readonly string[]; cpr: "optional" | "required" }): Promise<Response> {
  // A body that is no form (the authorization matrix posts JSON) is an empty search.
  const form = await request.formData().catch(() => new FormData());
  const query = new URLSearchParams();
  for (const [name, value] of form) {
    if (options.fields.includes(name) && typeof value === "string" && value.trim()) query.set(name, value.slice(0, FIELD_MAX));
  }
  const cpr = form.get("cpr");
  const typed = typeof cpr === "string" ? cpr.trim() : "";
  if (typed || options.cpr === "required") query.set(CPR_SEARCH_PARAM, sealCprSearchFor(user, typed));
  const search = query.toString();
  return new Response(null, { status: 303, headers: { Location: search ? `${path}?${search}` : path } });
}
