import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { NEWEST_FIRST, newerThan, olderThan, readAuditRows, type AuditRow } from "./audit-rows";
import { auditWhere, requireAuditReader } from "./audit-where";
import { recordAudit } from "./record";
import { AUDIT_PAGE_SIZE, filterForLog, type AuditCursor, type AuditFilter, type AuditPage } from "./schemas";

export interface AuditSearchResult {
  rows: AuditRow[];
  /** Where the page of newer rows ends, when there is one. */
  newer?: AuditCursor;
  /** Where the page of older rows starts, when there is one. */
  older?: AuditCursor;
}

const cursorOf = (row: AuditRow | undefined): AuditCursor | undefined => (row ? { at: row.at, id: row.id } : undefined);

/**
 * One page of the audit log, newest first, by keyset on (at, id): a page deep in a large log costs what the first
 * does. Administrators see every organisation's rows. A search by CPR number is itself audit-logged, naming the
 * citizen — after the search, so that its own row does not answer whether the citizen has any.
 */
export async function searchAuditLog(user: SessionUser, filter: AuditFilter, page: Pick<AuditPage, "after" | "before"> = {}): Promise<AuditSearchResult> {
  requireAuditReader(user);
  const db = await getDb();
  const { where, citizenId } = await auditWhere(db, filter);
  const take = AUDIT_PAGE_SIZE + 1;
  let result: AuditSearchResult;
  if (page.before) {
    // Newer rows: read oldest first from the cursor, then turned newest first.
    const rows = (await readAuditRows(db, { where: { AND: [where, newerThan(page.before)] }, orderBy: [{ at: "asc" }, { id: "asc" }], take })).reverse();
    const more = rows.length > AUDIT_PAGE_SIZE;
    const shown = more ? rows.slice(1) : rows;
    result = { rows: shown, newer: more ? cursorOf(shown[0]) : undefined, older: cursorOf(shown.at(-1)) };
  } else {
    const rows = await readAuditRows(db, { where: page.after ? { AND: [where, olderThan(page.after)] } : where, orderBy: NEWEST_FIRST, take });
    const more = rows.length > AUDIT_PAGE_SIZE;
    const shown = more ? rows.slice(0, AUDIT_PAGE_SIZE) : rows;
    result = { rows: shown, newer: page.after ? cursorOf(shown[0]) : undefined, older: more ? cursorOf(shown.at(-1)) : undefined };
  }
  if (filter.cpr) {
    await recordAudit({ actor: user, action: "audit.search.cpr", citizenId: citizenId ?? undefined, details: { filter: filterForLog(filter), found: result.rows.length > 0 } });
  }
  return result;
}
