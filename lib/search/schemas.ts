import { z } from "zod";
import { District, NeedCategory, OfferFormat } from "@/lib/generated/prisma/enums";
import type { ErrorMessage } from "@/lib/i18n/error-messages";
import { issueMessages } from "@/lib/validation/field-errors";
import { isLanguageCode } from "@/lib/validation/language";
import { text } from "@/lib/validation/text";

/** Waiting-time choices in the filter, in weeks. */
export const MAX_WAIT_OPTIONS = [2, 4, 8] as const;
/** The search field's maxLength; a longer query (a hand-edited link) is cut to it, not refused. */
export const MAX_QUERY_LENGTH = 200;
/** A filter with more values than this (no filter has as many options) is dropped. */
const MAX_VALUES = 50;

const toArray = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
/**
 * A repeated parameter, keeping only the values that pass `keep`: unknown values are dropped, not errors, and so is a
 * list that is too long (only that filter: the rest of the search stands).
 */
const many = <T extends string>(keep: (value: string) => value is T) =>
  z
    .union([text().max(100), z.array(text().max(100)).max(MAX_VALUES)])
    .optional()
    .transform((value) => [...new Set(toArray(value))].filter(keep))
    .catch([]);
const oneOf =
  <T extends string>(values: Record<string, T>) =>
  (value: string): value is T =>
    Object.values(values).includes(value as T);
const flag = z
  .enum(["1", "true", "on"])
  .optional()
  .transform((value) => value !== undefined)
  .catch(false);

/** The yes/no filters, in the order the filter form shows them; each is a column of the search (lib/search/search-offers.ts). */
export const FLAG_FILTERS = ["noDiagnosis", "evening", "interpreter", "transport", "homeVisits", "stepFree", "free", "new", "social"] as const;
export type FlagFilter = (typeof FLAG_FILTERS)[number];

/**
 * One search, as it stands in the URL of "Find tilbud" and of GET /api/offers: the page and the API parse the same
 * query string with this schema, so a link can be bookmarked or shared. Unknown filter values are dropped, not errors;
 * only a query with control characters is an error (parseOfferSearch).
 */
export const offerSearchSchema = z.object({
  q: z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    text()
      .optional()
      .transform((value) => value?.trim().slice(0, MAX_QUERY_LENGTH).trim() ?? ""),
  ),
  need: many(oneOf(NeedCategory)),
  unit: many((value): value is string => /^[a-z0-9-]+$/.test(value)),
  district: many(oneOf(District)),
  format: many(oneOf(OfferFormat)),
  language: many((value): value is string => isLanguageCode(value)),
  ...(Object.fromEntries(FLAG_FILTERS.map((key) => [key, flag])) as Record<FlagFilter, typeof flag>),
  maxWait: z.coerce.number().int().refine((weeks) => (MAX_WAIT_OPTIONS as readonly number[]).includes(weeks)).optional().catch(undefined),
});

export type OfferSearch = z.output<typeof offerSearchSchema>;

export interface ParsedOfferSearch {
  search: OfferSearch;
  /** The query's message ("q", a key), when it holds characters no search can use; the search then runs without it. */
  fieldErrors: Record<string, ErrorMessage[]>;
}

/** Reads a query string (URLSearchParams or Next's searchParams object) into a search. */
export function parseOfferSearch(params: URLSearchParams | Record<string, string | string[] | undefined>): ParsedOfferSearch {
  const record: Record<string, string[]> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) (record[key] ??= []).push(...toArray(value));
  const single = Object.fromEntries(Object.entries(record).map(([key, values]) => [key, values.length === 1 ? values[0] : values]));
  const parsed = offerSearchSchema.safeParse(single);
  if (parsed.success) return { search: parsed.data, fieldErrors: {} };
  // Every filter drops what it does not know, so only the query can fail: the filters stand, the query is said at its field.
  const { q: _refused, ...filters } = single;
  return { search: offerSearchSchema.parse(filters), fieldErrors: issueMessages(parsed.error) };
}

/** The query string of a search, omitting defaults: the inverse of parseOfferSearch. */
export function toQueryString(search: Partial<OfferSearch>): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  for (const key of ["need", "unit", "district", "format", "language"] as const) for (const value of search[key] ?? []) params.append(key, value);
  for (const key of FLAG_FILTERS) if (search[key]) params.set(key, "1");
  if (search.maxWait) params.set("maxWait", String(search.maxWait));
  return params.toString();
}

/** Lower-case words of a query: letters and digits only, so they can go into a tsquery safely. At most 12. */
export function queryWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 2).slice(0, 12);
}
