// What the audit row of a refused request says besides who and from where (lib/audit/refusals.ts): the status, how
// the request came (page, server action or route handler), the path it named and the permission it lacked. Pure.
//
// Never a CPR number: a path or an id is typed by whoever probes, so ten digits (or six, a dash and four) standing on
// their own — not inside a longer word such as a cuid, which may hold ten zeros — are written masked, DDMMYY-XXXX,
// like the lists show them. Query strings are left out for the same reason
// (/revisionslog?cpr=…); the path is cut at PATH_MAX characters.

import { z } from "zod";
import { text } from "@/lib/validation/text";

/** Set by proxy.ts on every request it handles, overwriting whatever the client sent. */
export const PATH_HEADER = "x-portal-path";

const PATH_MAX = 300;
export const ENTITY_ID_MAX = 64;

export type RefusalStatus = 403 | 404;
export type RefusalVia = "page" | "action" | "route";

export interface RefusalRequest {
  via: RefusalVia;
  path: string | null;
}

const CPR_LIKE = /(?<![0-9A-Za-z])(\d{6})-?\d{4}(?![0-9A-Za-z])/g;

export function withoutCpr(text: string): string {
  return text.replace(CPR_LIKE, "$1-XXXX");
}

export function clipId(id: string): string {
  return withoutCpr(id.slice(0, ENTITY_ID_MAX));
}

/**
 * The path comes from the proxy's header. Link prefetches skip the proxy (its matcher), so on a prefetch the header
 * could be the client's own: the path is then not recorded at all.
 */
export function refusalRequestFromHeaders(headers: Pick<Headers, "get">): RefusalRequest {
  const prefetch = headers.get("next-router-prefetch") !== null || headers.get("purpose") === "prefetch";
  const raw = prefetch ? null : headers.get(PATH_HEADER);
  const path = raw ? withoutCpr(raw.split("?")[0]!.slice(0, PATH_MAX)) : null;
  const via: RefusalVia = headers.get("next-action") !== null ? "action" : path?.startsWith("/api/") ? "route" : "page";
  return { via, path };
}

/** The `details` of an "access.refused" row, as written and as the audit page reads them back. */
export const refusalDetailsSchema = z.object({
  status: z.union([z.literal(403), z.literal(404)]),
  via: z.enum(["page", "action", "route"]),
  path: text().nullable(),
  permission: text().nullable(),
});

export type RefusalDetails = z.infer<typeof refusalDetailsSchema>;

/** The details of a refusal row, or null for any other row (or one written in another shape). */
export function readRefusalDetails(details: unknown): RefusalDetails | null {
  const parsed = refusalDetailsSchema.safeParse(details);
  return parsed.success ? parsed.data : null;
}
