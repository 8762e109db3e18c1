import "server-only";
import { openCitizenSearchFor, sealCitizenSearchFor } from "@/lib/citizens/citizen-search";
import type { ErrorMessage } from "@/lib/i18n/error-messages";
import { issueMessage } from "@/lib/validation/field-errors";
import { REFERRAL_SEARCH_EXPIRED, referralSearchSchema, type ReferralSearch } from "./referral-search";

export interface OpenedReferralSearch {
  /** What the list is narrowed by; none when there is no search or it is wrong. */
  search?: ReferralSearch;
  /** The field as typed, for the form to show again. */
  typed: string;
  error?: ErrorMessage;
  /** A fresh search id for the page's links (paging), when the list is narrowed by a CPR number or a name. */
  find?: string;
}

/**
 * The list's search as its URL holds it: a number (`nr`), or a sealed search id (`find`) opened for `user` and parsed
 * with the field's schema. Every page of a search seals a new id for its links, so paging keeps working.
 */
export function openReferralSearch(user: { id: string }, url: { nr?: ReferralSearch; find?: string }): OpenedReferralSearch {
  if (!url.find) return { search: url.nr, typed: url.nr?.by === "number" ? String(url.nr.number) : "" };
  const opened = openCitizenSearchFor(user, url.find);
  if (!opened.ok) return { typed: "", error: REFERRAL_SEARCH_EXPIRED };
  const parsed = referralSearchSchema.safeParse(opened.typed);
  if (!parsed.success) return { typed: opened.typed, error: issueMessage(parsed.error.issues[0]!) };
  return { search: parsed.data, typed: opened.typed, find: parsed.data ? sealCitizenSearchFor(user, opened.typed) : undefined };
}
