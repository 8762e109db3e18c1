import "server-only";
import { sealCitizenSearchFor } from "@/lib/citizens/citizen-search";
import { CPR_SEARCH_PARAM } from "@/lib/audit/schemas";
import type { SessionUser } from "@/lib/auth/session-user";

// The audit pages' search forms post here (through their routes): the fields go into the URL, the CPR number only as
// a sealed search id (decision 009).

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
  if (typed || options.cpr === "required") query.set(CPR_SEARCH_PARAM, sealCitizenSearchFor(user, typed));
  const search = query.toString();
  return new Response(null, { status: 303, headers: { Location: search ? `${path}?${search}` : path } });
}
