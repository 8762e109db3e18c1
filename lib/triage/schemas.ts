import { z } from "zod";
import { District, NeedCategory, Priority } from "@/lib/generated/prisma/enums";
import { pageCursorSchema } from "@/lib/paging/cursor";
import { findParamSchema, referralNumberParamSchema, setSearch } from "@/lib/referrals/referral-search";
import { caseRefSchema } from "@/lib/referrals/schemas";
import { firstSearchParams } from "@/lib/validation/search-params";
import { text } from "@/lib/validation/text";

// The decisions only central triage makes, as the case page's forms post them (every value a string) and as lib/triage
// receives them (decline and forward, which units make too: lib/referrals/schemas.ts). One schema per decision, used
// by the form and the server; the messages (keys, said in the user's language) are what the coordinator reads at the
// field. A "too short" message names its minimum in the message files (it is also the message of a missing field).

export const QUESTION_LIMITS = { min: 5, max: 1000 } as const;
export const PRIORITY_REASON_LIMITS = { min: 5, max: 500 } as const;

export const requestInformationSchema = caseRefSchema.extend({
  question: text({ error: "triage.questionTooShort", multiline: true })
    .trim()
    .min(QUESTION_LIMITS.min, "triage.questionTooShort")
    .max(QUESTION_LIMITS.max, "triage.questionTooLong"),
});

export type RequestInformationInput = z.output<typeof requestInformationSchema>;

export const priorityChangeSchema = caseRefSchema.extend({
  priority: z.enum(Priority, { error: "triage.priorityMissing" }),
  reason: text({ error: "triage.priorityReasonTooShort", multiline: true })
    .trim()
    .min(PRIORITY_REASON_LIMITS.min, "triage.priorityReasonTooShort")
    .max(PRIORITY_REASON_LIMITS.max, "triage.priorityReasonTooLong"),
});

export type PriorityChangeInput = z.output<typeof priorityChangeSchema>;

export const QUEUE_VIEWS = ["unassigned", "mine", "awaiting", "overdue"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** The queue's view and filters, as they stand in the URL (a GET form). Unknown values fall back to "all". */
export const queueSearchSchema = z.object({
  view: z.enum(QUEUE_VIEWS).catch("unassigned"),
  need: z.enum(NeedCategory).optional().catch(undefined),
  district: z.enum(District).optional().catch(undefined),
  priority: z.enum(Priority).optional().catch(undefined),
  /** "Find one referral" by its number, or none (lib/referrals/referral-search.ts). */
  nr: referralNumberParamSchema,
  /** "Find one referral" by CPR number or name: a sealed search id, which the page opens into `nr`. */
  find: findParamSchema,
  /** Where the page starts (lib/paging/cursor); none is the first page. */
  after: pageCursorSchema,
});

export type QueueSearch = z.output<typeof queueSearchSchema>;

/** Reads Next's searchParams; a repeated parameter counts by its first value. */
export function parseQueueSearch(params: Record<string, string | string[] | undefined>): QueueSearch {
  return queueSearchSchema.parse(firstSearchParams(params));
}

/** The query string of a view with its filters, leaving out defaults. */
export function queueQueryString(search: QueueSearch, after?: string): string {
  const params = new URLSearchParams();
  if (search.view !== "unassigned") params.set("view", search.view);
  for (const key of ["need", "district", "priority"] as const) if (search[key]) params.set(key, search[key]);
  setSearch(params, search);
  if (after) params.set("after", after);
  const query = params.toString();
  return query ? `?${query}` : "";
}
