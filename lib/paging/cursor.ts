// Keyset paging of the lists: a page ends at a row, and the next page starts after that row's (sort key, id). The
// cursor in the URL is that pair, encoded so it reads as one opaque token; it carries no personal data (a time and a
// row id). A cursor that does not decode — hand-edited, truncated, forged — counts as none: the first page.
import { z } from "zod";
import { text } from "@/lib/validation/text";

/**
 * Rows per page of a list: a screenful or two to scan. Every row is rendered twice (HTML and the page's payload) and
 * audit-logged, so a page of 25 costs less than one of 50 (docs/performance.md has the figures).
 */
export const PAGE_SIZE = 25;

export interface PageCursor {
  /** The sort key of the last row shown. */
  at: Date;
  /** The id of the last row shown, which breaks ties in the sort key. */
  id: string;
}

/** A page of a list; `next` is the cursor of the following page, absent on the last page. */
export interface ListPage<Row> {
  rows: Row[];
  next?: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const payload = z.tuple([z.number().int().nonnegative(), text().regex(ID)]);

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.getTime(), cursor.id])).toString("base64url");
}

function decodeCursor(token: string): PageCursor | undefined {
  try {
    const parsed = payload.safeParse(JSON.parse(Buffer.from(token, "base64url").toString()));
    return parsed.success ? { at: new Date(parsed.data[0]), id: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}

/** The `after` parameter of a list's URL: a decoded cursor, or undefined (first page) when missing or not a cursor. */
export const pageCursorSchema = z.optional(
  text()
    .max(200)
    .transform((token) => (token ? decodeCursor(token) : undefined))
    .catch(undefined),
);

/** Cuts the `take + 1` rows a keyset query fetched into a page, with the cursor of the next page when there is one. */
export function toPage<Row extends { id: string }>(rows: Row[], take: number, sortKey: (row: Row) => Date | null): ListPage<Row> {
  if (rows.length <= take) return { rows };
  const shown = rows.slice(0, take);
  const last = shown[shown.length - 1]!;
  const at = sortKey(last);
  return { rows: shown, next: at ? encodeCursor({ at, id: last.id }) : undefined };
}
