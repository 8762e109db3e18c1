import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { copenhagenDay } from "@/lib/time/copenhagen";
import { streamAuditCsv, type AuditLabels } from "./audit-csv";
import { auditWhere, requireAuditReader } from "./audit-where";
import { recordAudit } from "./record";
import { EXPORT_MAX_ROWS, exportPeriodAllowed, filterForLog, type AuditFilter, type ExportRefusal } from "./schemas";

export type AuditExport = { ok: true; rows: number; csv: ReadableStream<Uint8Array> } | { ok: false; refusal: ExportRefusal };

/**
 * The search as a CSV download, within bounds: a period of at most 13 months and at most EXPORT_MAX_ROWS rows (counted
 * first), else refused with the reason. Rows written after the export began are left out, so the file holds what was
 * counted. The export is audit-logged with its filter and size before the first row is sent.
 */
export async function exportAuditLog(user: SessionUser, filter: AuditFilter, labels: AuditLabels, { now = new Date(), maxRows = EXPORT_MAX_ROWS } = {}): Promise<AuditExport> {
  requireAuditReader(user);
  if (!exportPeriodAllowed(filter, copenhagenDay(now))) return { ok: false, refusal: "period" };
  const db = await getDb();
  const { where: filtered, citizenId } = await auditWhere(db, filter);
  const where = { AND: [filtered, { at: { lt: now } }] };
  const rows = await db.auditLog.count({ where });
  if (rows > maxRows) return { ok: false, refusal: "rows" };
  await recordAudit({ actor: user, action: "audit.export", citizenId: citizenId ?? undefined, details: { filter: filterForLog(filter), rows } });
  return { ok: true, rows, csv: streamAuditCsv(db, where, labels) };
}
