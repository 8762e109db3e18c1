import "server-only";
import { sealCitizenSearchFor } from "@/lib/citizens/citizen-search";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { withRoute } from "./route";

// The search forms that may name a citizen post here (through their routes): the audit pages' (the CPR field) and the
// lists' "Find én henvisning" (a number, a CPR number or a name). The fields go into the URL, what names a citizen only
// as a sealed search id (decision 009).

/** No field of a search form is longer than this in a URL (the pages say when one is too long for the search). */
const FIELD_MAX = 200;

interface SealedField {
  /** The form's field that may name a citizen. */
  field: string;
  /** The query parameter its search id goes in. */
  param: string;
  /** Seal it also when empty, so that the page says it is missing. */
  required?: boolean;
  /** What may stand in the URL as typed, under the field's own name (a referral number). */
  plain?: (typed: string) => boolean;
}

/**
 * The answer to a posted search form: 303 to `path` with the form's `fields` in the query, in the form's order, and its
 * sealed field as a search id. Relative, whatever host the proxy used.
 */
async function searchRedirect(request: Request, user: SessionUser, path: string, options: { fields: readonly string[]; sealed: SealedField }): Promise<Response> {
  // A body that is no form (the authorization matrix posts JSON) is an empty search.
  const form = await request.formData().catch(() => new FormData());
  const query = new URLSearchParams();
  for (const [name, value] of form) {
    if (options.fields.includes(name) && typeof value === "string" && value.trim()) query.set(name, value.slice(0, FIELD_MAX));
  }
  const { field, param, required = false, plain } = options.sealed;
  const value = form.get(field);
  const typed = typeof value === "string" ? value.trim() : "";
  if (typed && plain?.(typed)) query.set(field, typed);
  else if (typed || required) query.set(param, sealCitizenSearchFor(user, typed));
  const search = query.toString();
  return new Response(null, { status: 303, headers: { Location: search ? `${path}?${search}` : path } });
}

/**
 * The POST handler of a search form: `permission` checked first (withRoute), then answered as searchRedirect. Every
 * search form's route is this one line, so none can forget the sealing or the check.
 */
export function searchRoute({ permission }: { permission: Permission }, path: string, options: { fields: readonly string[]; sealed: SealedField }) {
  return withRoute({ permission }, async (request, { user }) => {
    // `user` is always set here (withRoute answered 401 without a session); the check is for the type.
    if (!user) return new Response(null, { status: 401 });
    return searchRedirect(request, user, path, options);
  });
}
