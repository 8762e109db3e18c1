// The audit log's search, as the URL of /revisionslog holds it — the CPR field only as a sealed search id, opened by
// the caller (lib/citizens/citizen-search.ts, decision 009): one schema for the page, the CSV export and the citizen's access
// report, with the messages the administrator reads at the field. Pure.
import { z } from "zod";
import { maskCpr, parseCpr } from "@/lib/citizens/cpr";
import type { ErrorMessage, MessageKey } from "@/lib/i18n/error-messages";
import { copenhagenTime } from "@/lib/time/copenhagen";
import { issueMessage } from "@/lib/validation/field-errors";
import { firstSearchParams } from "@/lib/validation/search-params";
import { text } from "@/lib/validation/text";
import { AUDIT_ACTIONS, type AuditAction } from "./actions";
import { CITIZEN_SEARCH_MINUTES, type OpenedCitizenSearch } from "@/lib/citizens/citizen-search-id";

/** The query parameter that names a search by CPR number (a sealed search id: lib/citizens/citizen-search.ts). */
export const CPR_SEARCH_PARAM = "cprSearch";

export const AUDIT_PAGE_SIZE = 50;
/** An export is refused beyond this many rows, or a period longer than EXPORT_MAX_MONTHS: narrow the search first. */
export const EXPORT_MAX_ROWS = 1_000_000;
export const EXPORT_MAX_MONTHS = 13;
const TEXT_MAX = 100;

export const CPR_MESSAGES = {
  format: "audit.cprFormat",
  date: "audit.cprDate",
  future: "audit.cprFuture",
  /** The search id has expired (or is not this user's): the number is never in the URL, so it must be typed again. */
  expired: { key: "audit.cprExpired", values: { minutes: CITIZEN_SEARCH_MINUTES } },
} as const satisfies Record<string, ErrorMessage>;

/** "2026-03-01", "01-03-2026", "01.03.2026" or "1/3/2026" as "2026-03-01"; null when it is not a real date. */
export function parseDay(input: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(input);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

const day = (message: MessageKey) =>
  text()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const parsed = parseDay(value);
      if (!parsed) ctx.addIssue({ code: "custom", message });
      return parsed ?? z.NEVER;
    });

const filterText = text()
  .trim()
  .max(TEXT_MAX, "audit.textTooLong")
  .optional()
  .transform((value) => value || undefined);

/** A CPR number with or without its dash, kept as its ten digits; a real date, but modulus 11 is not asked (valid numbers since 2007 may fail it). */
export const cprSearch = text()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const parsed = parseCpr(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: CPR_MESSAGES[parsed.error] });
      return z.NEVER;
    }
    return parsed.cpr;
  });

export const auditFilterSchema = z
  .object({
    from: day("audit.fromDate"),
    to: day("audit.toDate"),
    /** Part of the user's name or e-mail address. */
    user: filterText,
    /** Part of the organisation's name. */
    organisation: filterText,
    action: text()
      .optional()
      .transform((value, ctx) => {
        if (!value) return undefined;
        if ((AUDIT_ACTIONS as readonly string[]).includes(value)) return value as AuditAction;
        ctx.addIssue({ code: "custom", message: "audit.actionUnknown" });
        return z.NEVER;
      }),
    cpr: cprSearch,
  })
  .superRefine(
    (filter, ctx) => {
      if (typeof filter.from === "string" && typeof filter.to === "string" && filter.to < filter.from) {
        ctx.addIssue({ code: "custom", path: ["to"], message: "audit.toBeforeFrom" });
      }
    },
    // Also when another field failed, so that the form says every problem at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

/** What the search asks for; a field left out asks for anything. */
export type AuditFilter = Partial<z.output<typeof auditFilterSchema>>;
export type AuditFilterField = keyof AuditFilter;

/** A place in the log, newest first: the time and id of a row (rows at the same millisecond are told apart by id). */
export interface AuditCursor {
  at: Date;
  id: string;
}

const cursor = text()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[a-z0-9]{1,64}$/)
  .transform((value) => {
    const [at = "", id = ""] = value.split("_");
    return { at: new Date(at), id };
  })
  .optional()
  .catch(undefined);

export const EXPORT_REFUSALS = ["period", "rows"] as const;
export type ExportRefusal = (typeof EXPORT_REFUSALS)[number];

/** The page's URL: the filter, where in the log the page starts (older than `after`, or newer than `before`), and why an export was refused. */
const pageSchema = z.object({ after: cursor, before: cursor, export: z.enum(EXPORT_REFUSALS).optional().catch(undefined) });

export type AuditPage = z.output<typeof pageSchema>;

export type ParsedAuditSearch =
  | { ok: true; filter: AuditFilter; page: AuditPage; values: Record<string, string | undefined> }
  | { ok: false; fieldErrors: Partial<Record<AuditFilterField, ErrorMessage>>; page: AuditPage; values: Record<string, string | undefined> };

const urlValues = (params: Record<string, string | string[] | undefined> | URLSearchParams) =>
  params instanceof URLSearchParams ? Object.fromEntries([...params.keys()].map((key) => [key, params.get(key) ?? undefined])) : firstSearchParams(params);

/** The CPR field as the search id gave it: what was typed, or nothing when there is no id or it is gone. */
const typedCpr = (cpr: OpenedCitizenSearch | undefined) => (cpr?.ok ? cpr.typed : undefined);

/**
 * The search in the URL (Next's searchParams or a URL's) and its CPR field from the search id (`cpr`; a `cpr`
 * parameter in the URL is ignored): the filter, or each field's first error (a message for the page to say), with what
 * was typed kept.
 */
export function parseAuditSearch(params: Record<string, string | string[] | undefined> | URLSearchParams, cpr?: OpenedCitizenSearch): ParsedAuditSearch {
  const { cpr: _ignored, [CPR_SEARCH_PARAM]: _id, ...fromUrl } = urlValues(params);
  const values = { ...fromUrl, cpr: typedCpr(cpr) };
  const page = pageSchema.parse(values);
  const parsed = auditFilterSchema.safeParse(values);
  const fieldErrors: Partial<Record<AuditFilterField, ErrorMessage>> = cpr?.ok === false ? { cpr: CPR_MESSAGES.expired } : {};
  if (parsed.success && !fieldErrors.cpr) return { ok: true, filter: parsed.data, page, values };
  for (const issue of parsed.error?.issues ?? []) fieldErrors[issue.path[0] as AuditFilterField] ??= issueMessage(issue);
  return { ok: false, fieldErrors, page, values };
}

export function hasAuditFilter(filter: AuditFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}

const cursorParam = (at: Date, id: string) => `${at.toISOString()}_${id}`;

/**
 * The query string of a search (normalised: ISO dates), where a page starts, and why an export was refused. Never the
 * CPR number: a search by one passes its search id (`cprSearch`, sealed by the caller).
 */
export function auditQueryString(
  filter: AuditFilter,
  page: { after?: AuditCursor; before?: AuditCursor; export?: ExportRefusal; cprSearch?: string } = {},
): string {
  const params = new URLSearchParams();
  for (const key of ["from", "to", "user", "organisation", "action"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (filter.cpr && page.cprSearch) params.set(CPR_SEARCH_PARAM, page.cprSearch);
  if (page.after) params.set("after", cursorParam(page.after.at, page.after.id));
  if (page.before) params.set("before", cursorParam(page.before.at, page.before.id));
  if (page.export) params.set("export", page.export);
  const query = params.toString();
  return query ? `?${query}` : "";
}

const nextDay = (isoDay: string) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + 24 * 3600 * 1000).toISOString().slice(0, 10);

/** The filter's period as instants: from the start of `from` to the end of `to`, both days in Copenhagen's time. */
export function auditPeriod(filter: Pick<AuditFilter, "from" | "to">): { gte?: Date; lt?: Date } {
  return {
    ...(filter.from ? { gte: copenhagenTime(filter.from, "00:00") ?? undefined } : {}),
    ...(filter.to ? { lt: copenhagenTime(nextDay(filter.to), "00:00") ?? undefined } : {}),
  };
}

/**
 * Whether the period may be exported: it needs a start, and at most EXPORT_MAX_MONTHS from it to its end (today when
 * no end is given). Without a start, the period runs from the log's beginning.
 */
export function exportPeriodAllowed(filter: Pick<AuditFilter, "from" | "to">, today: string): boolean {
  if (!filter.from) return false;
  const [year, month, date] = filter.from.split("-").map(Number) as [number, number, number];
  // The same date EXPORT_MAX_MONTHS later, or that month's last day (31 January + 1 month is 28 or 29 February).
  const lastOfMonth = new Date(Date.UTC(year, month + EXPORT_MAX_MONTHS, 0)).getUTCDate();
  const limit = new Date(Date.UTC(year, month - 1 + EXPORT_MAX_MONTHS, Math.min(date, lastOfMonth))).toISOString().slice(0, 10);
  return (filter.to ?? today) <= limit;
}

/** "Hvem har set dette CPR-nummer?": the citizen's CPR number, required. */
export const subjectReportSchema = z.object({
  cpr: cprSearch.refine((cpr) => cpr !== undefined, "audit.cprMissing"),
});

export type ParsedSubjectReport =
  | { ok: true; cpr: string; values: Record<string, string | undefined> }
  | { ok: false; asked: boolean; error?: ErrorMessage; values: Record<string, string | undefined> };

/** The report's URL, its CPR number from the search id (`cpr`): nothing asked yet, a CPR number, or what was wrong with the one typed. */
export function parseSubjectReport(params: Record<string, string | string[] | undefined> | URLSearchParams, cpr?: OpenedCitizenSearch): ParsedSubjectReport {
  const values = { export: urlValues(params).export, cpr: typedCpr(cpr) };
  if (cpr === undefined) return { ok: false, asked: false, values };
  if (!cpr.ok) return { ok: false, asked: true, error: CPR_MESSAGES.expired, values };
  const parsed = subjectReportSchema.safeParse(values);
  if (parsed.success && parsed.data.cpr) return { ok: true, cpr: parsed.data.cpr, values };
  const issue = parsed.error?.issues[0];
  return { ok: false, asked: true, error: issue && issueMessage(issue), values };
}

/** The filter as its audit row keeps it: the CPR number masked (the row names the citizen by id instead). */
export function filterForLog(filter: AuditFilter): Record<string, string> {
  const { cpr, ...rest } = filter;
  return Object.fromEntries(Object.entries({ ...rest, ...(cpr ? { cpr: maskCpr(cpr) } : {}) }).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
