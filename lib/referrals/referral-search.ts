// "Find one referral" in the lists (Mine henvisninger, the unit inbox, the triage queue): one field that takes a
// referral's number, the citizen's CPR number (with or without its dash) or part of the citizen's name. One schema for
// what was typed, used by the lists' search route and their pages. Only a number may stand in a URL (`nr`); a CPR
// number or a name is posted and comes back as a sealed search id (`find`, lib/citizens/citizen-search.ts), so it is
// never in logs, history or Referer headers (docs/decisions/009-cpr-search-id.md). Pure.
import { z } from "zod";
import { normaliseCpr, parseCpr } from "@/lib/citizens/cpr";
import { CITIZEN_SEARCH_MINUTES, CITIZEN_SEARCH_TYPED_MAX } from "@/lib/citizens/citizen-search-id";
import type { ErrorMessage } from "@/lib/i18n/error-messages";
import { text } from "@/lib/validation/text";

export const REFERRAL_NUMBER_MAX_DIGITS = 8;
/** A name search needs this many characters: the trigram index cannot help with fewer (a scan of the list's scope). */
export const NAME_SEARCH_MIN = 3;
/** What the field takes: a sealed search keeps this much of what was typed. */
export const REFERRAL_SEARCH_MAX = CITIZEN_SEARCH_TYPED_MAX;
/** The query parameter of a search by CPR number or name: a sealed search id. */
export const FIND_PARAM = "find";

export type ReferralSearch = { by: "number"; number: number } | { by: "cpr"; cpr: string } | { by: "name"; name: string };

const NUMBER = new RegExp(`^\\d{1,${REFERRAL_NUMBER_MAX_DIGITS}}$`);
/** Letters first, then letters, spaces, hyphens, apostrophes and full stops ("Anne-Mette", "O'Neill", "H.C."). */
const NAME = /^\p{L}[\p{L}\p{M} .'’-]*$/u;

/** The message when the search id of a CPR or name search has expired or is not this user's. */
export const REFERRAL_SEARCH_EXPIRED: ErrorMessage = { key: "listSearch.expired", values: { minutes: CITIZEN_SEARCH_MINUTES } };

/** What was typed in "Find én henvisning": empty is no search; a wrong CPR number or anything else gets a message. */
export const referralSearchSchema = text()
  .trim()
  .optional()
  .transform((value, ctx): ReferralSearch | undefined => {
    if (!value) return undefined;
    if (NUMBER.test(value)) return { by: "number", number: Number(value) };
    if (normaliseCpr(value)) {
      const cpr = parseCpr(value);
      if (cpr.ok) return { by: "cpr", cpr: cpr.cpr };
      ctx.addIssue({ code: "custom", message: cpr.error === "future" ? "referrals.cprFuture" : "referrals.cprDate" });
      return z.NEVER;
    }
    const name = value.replace(/\s+/g, " ");
    if (name.length >= NAME_SEARCH_MIN && name.length <= REFERRAL_SEARCH_MAX && NAME.test(name)) return { by: "name", name };
    ctx.addIssue({ code: "custom", message: "listSearch.invalid", params: { minimum: NAME_SEARCH_MIN } });
    return z.NEVER;
  });

/** The lists' `nr` parameter: a referral number, or no search (a CPR number or a name in a URL is ignored). */
export const referralNumberParamSchema = z.optional(
  referralSearchSchema.transform((search): ReferralSearch | undefined => (search?.by === "number" ? search : undefined)).catch(undefined),
);

/** The lists' `find` parameter, as it stands in the URL: a sealed search id, opened by the page for its user. */
export const findParamSchema = text()
  .regex(/^[A-Za-z0-9_-]{1,400}$/)
  .optional()
  .catch(undefined);

/** A list's search in its query string: a number as `nr`, a CPR or name search as its sealed id (`find`). */
export function setSearch(params: URLSearchParams, url: { nr?: ReferralSearch; find?: string }): void {
  if (url.find) params.set(FIND_PARAM, url.find);
  else if (url.nr?.by === "number") params.set("nr", String(url.nr.number));
}

/** The field as the lists' search routes post it (lib/http/search-redirect.ts): a number stays `nr`, anything else is sealed. */
export const REFERRAL_SEARCH_FIELD = { field: "nr", param: FIND_PARAM, plain: (typed: string) => NUMBER.test(typed) } as const;
