// The unit inbox's views and filters, as its GET form puts them in the URL. Unknown values fall back to the defaults,
// so an old or hand-edited link still shows the inbox.
import { z } from "zod";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { CLOSED_STATUSES } from "@/lib/referrals/transitions";
import { pageCursorSchema } from "@/lib/paging/cursor";
import { findParamSchema, referralNumberParamSchema, setSearch } from "@/lib/referrals/referral-search";
import { firstSearchParams } from "@/lib/validation/search-params";
import { text } from "@/lib/validation/text";

/**
 * "newest": latest sent first. "oldest": the referrals that have waited longest first — who to answer next. "overdue":
 * only those past their step's due time (lib/service-levels), waited longest first.
 */
export const INBOX_VIEWS = ["newest", "oldest", "overdue"] as const;
export const INBOX_STATUS_GROUPS = ["open", "new", "inProgress", "closed", "all"] as const;

export const inboxFiltersSchema = z.object({
  view: z.enum(INBOX_VIEWS).catch("newest"),
  status: z.enum(INBOX_STATUS_GROUPS).catch("open"),
  /** An offer of the unit, by slug; empty for all. */
  offer: text().trim().max(200).regex(/^[a-z0-9-]*$/).catch(""),
  /** "Find one referral" by its number, or none (lib/referrals/referral-search.ts). */
  nr: referralNumberParamSchema,
  /** "Find one referral" by CPR number or name: a sealed search id, which the page opens into `nr`. */
  find: findParamSchema,
  /** Where the page starts (lib/paging/cursor); none is the first page. */
  after: pageCursorSchema,
});

export type InboxFilters = z.output<typeof inboxFiltersSchema>;

export const DEFAULT_INBOX_FILTERS: InboxFilters = { view: "newest", status: "open", offer: "" };

export function parseInboxFilters(params: Record<string, string | string[] | undefined>): InboxFilters {
  return inboxFiltersSchema.parse(firstSearchParams(params));
}

export function hasInboxFilters(filters: InboxFilters): boolean {
  return filters.view !== DEFAULT_INBOX_FILTERS.view || filters.status !== DEFAULT_INBOX_FILTERS.status || filters.offer !== "" || filters.nr !== undefined;
}

/** The query string of the filters, leaving out defaults. */
export function inboxQueryString(filters: Partial<InboxFilters>, after?: string): string {
  const params = new URLSearchParams();
  if (filters.view && filters.view !== DEFAULT_INBOX_FILTERS.view) params.set("view", filters.view);
  if (filters.status && filters.status !== DEFAULT_INBOX_FILTERS.status) params.set("status", filters.status);
  if (filters.offer) params.set("offer", filters.offer);
  setSearch(params, filters);
  if (after) params.set("after", after);
  const query = params.toString();
  return query ? `?${query}` : "";
}

const STATUSES: Record<Exclude<InboxFilters["status"], "all">, readonly ReferralStatus[]> = {
  open: ["RECEIVED", "ACCEPTED", "FIRST_MEETING_BOOKED", "STARTED"],
  new: ["RECEIVED"],
  inProgress: ["ACCEPTED", "FIRST_MEETING_BOOKED", "STARTED"],
  closed: CLOSED_STATUSES,
};

/** The statuses a status group stands for; undefined means any (drafts are never in an inbox). */
export function inboxStatuses(status: InboxFilters["status"]): readonly ReferralStatus[] | undefined {
  return status === "all" ? undefined : STATUSES[status];
}
