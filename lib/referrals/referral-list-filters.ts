// The filters of "Mine henvisninger", as the GET form puts them in the URL. Unknown or missing values fall back to
// "all" (and "Kun med nyt" to off), so a hand-edited or old link still shows the list instead of an error.
import { z } from "zod";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { pageCursorSchema } from "@/lib/paging/cursor";
import { findParamSchema, referralNumberParamSchema, setSearch } from "./referral-search";
import { firstSearchParams } from "@/lib/validation/search-params";
import { CLOSED_STATUSES, OPEN_STATUSES } from "./transitions";

export const REFERRAL_STATUS_GROUPS = ["all", "open", "waiting", "closed"] as const;
export const REFERRAL_PERIODS = ["30d", "90d", "1y", "all"] as const;

export const referralListFiltersSchema = z.object({
  status: z.enum(REFERRAL_STATUS_GROUPS).catch("all"),
  period: z.enum(REFERRAL_PERIODS).catch("all"),
  /** "Kun med nyt": only referrals changed by the receiver since the user last opened them (a checkbox, `unread=1`). */
  unread: z.stringbool().catch(false),
  /** "Find one referral" by its number, or none (lib/referrals/referral-search.ts). */
  nr: referralNumberParamSchema,
  /** "Find one referral" by CPR number or name: a sealed search id, which the page opens into `nr`. */
  find: findParamSchema,
  /** Where the page starts (lib/paging/cursor); none is the first page. */
  after: pageCursorSchema,
});

export type ReferralListFilters = z.output<typeof referralListFiltersSchema>;

export const NO_REFERRAL_LIST_FILTERS: ReferralListFilters = { status: "all", period: "all", unread: false };

export function parseReferralListFilters(params: Record<string, string | string[] | undefined>): ReferralListFilters {
  return referralListFiltersSchema.parse(firstSearchParams(params));
}

export function hasReferralListFilters(filters: ReferralListFilters): boolean {
  return filters.status !== "all" || filters.period !== "all" || filters.unread || filters.nr !== undefined;
}

/** The query string of the filters, leaving out defaults. */
export function referralListQueryString(filters: Partial<ReferralListFilters>, after?: string): string {
  const params = new URLSearchParams();
  if (filters.status && filters.status !== "all") params.set("status", filters.status);
  if (filters.period && filters.period !== "all") params.set("period", filters.period);
  if (filters.unread) params.set("unread", "1");
  setSearch(params, filters);
  if (after) params.set("after", after);
  const query = params.toString();
  return query ? `?${query}` : "";
}

// Drafts are never listed, so "open" leaves them out.
const STATUSES: Record<Exclude<ReferralListFilters["status"], "all">, readonly ReferralStatus[]> = {
  open: OPEN_STATUSES.filter((status) => status !== "DRAFT"),
  waiting: ["AWAITING_INFORMATION"],
  closed: CLOSED_STATUSES,
};

const PERIOD_DAYS: Record<Exclude<ReferralListFilters["period"], "all">, number> = { "30d": 30, "90d": 90, "1y": 365 };
const DAY = 24 * 60 * 60 * 1000;

/** What the filters ask of a referral: one of these statuses, sent at or after this time; undefined means any. */
export function referralListConditions(filters: Pick<ReferralListFilters, "status" | "period">, now: Date): { statuses?: readonly ReferralStatus[]; sentSince?: Date } {
  return {
    statuses: filters.status === "all" ? undefined : STATUSES[filters.status],
    sentSince: filters.period === "all" ? undefined : new Date(now.getTime() - PERIOD_DAYS[filters.period] * DAY),
  };
}
