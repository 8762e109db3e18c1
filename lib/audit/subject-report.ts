import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { maskCpr } from "@/lib/citizens/cpr";
import { findCitizenId } from "@/lib/citizens/find-citizen";
import { getDb } from "@/lib/db";
import { streamAuditCsv, type AuditLabels } from "./audit-csv";
import { NEWEST_FIRST, readAuditRows, type AuditRow } from "./audit-rows";
import { requireAuditReader } from "./audit-where";
import type { AuditExport } from "./export-audit-log";
import { recordAudit } from "./record";
import { EXPORT_MAX_ROWS } from "./schemas";

/** The page (and its print) shows this many accesses, newest first; the CSV has them all. */
export const SUBJECT_REPORT_MAX_ROWS = 1000;

export interface SubjectReport {
  rows: AuditRow[];
  /** Every access on record; more than `rows` holds when the report is cut at SUBJECT_REPORT_MAX_ROWS. */
  total: number;
}

/** The report's own row: the citizen by id when known, else only the masked number that was asked about. */
function auditReport(user: SessionUser, action: "audit.subject_report" | "audit.subject_report.export", cpr: string, citizenId: string | null, rows: number) {
  return recordAudit({ actor: user, action, citizenId: citizenId ?? undefined, details: citizenId ? { rows } : { cpr: maskCpr(cpr), rows } });
}

/**
 * "Hvem har set dette CPR-nummer?" (Sundhedsloven §42a, GDPR art. 15): every look-up of and change to the citizen's
 * data — who, with role and organisation, when, what, from where — newest first. An unknown number gives the same
 * empty report as a citizen with nothing on record. Audit-logged after reading, so the report never lists itself.
 */
export async function getSubjectReport(user: SessionUser, cpr: string): Promise<SubjectReport> {
  requireAuditReader(user);
  const db = await getDb();
  const citizenId = await findCitizenId(db, cpr);
  const where = { citizenId: citizenId ?? { in: [] } };
  const [rows, total] = citizenId ? await Promise.all([readAuditRows(db, { where, orderBy: NEWEST_FIRST, take: SUBJECT_REPORT_MAX_ROWS }), db.auditLog.count({ where })]) : [[], 0];
  await auditReport(user, "audit.subject_report", cpr, citizenId, total);
  return { rows, total };
}

/** The whole report as a CSV download (only its header when nothing is on record), audit-logged; bounded like any export. */
export async function exportSubjectReport(user: SessionUser, cpr: string, labels: AuditLabels, { now = new Date(), maxRows = EXPORT_MAX_ROWS } = {}): Promise<AuditExport> {
  requireAuditReader(user);
  const db = await getDb();
  const citizenId = await findCitizenId(db, cpr);
  const where = { citizenId: citizenId ?? { in: [] }, at: { lt: now } };
  const rows = citizenId ? await db.auditLog.count({ where }) : 0;
  if (rows > maxRows) return { ok: false, refusal: "rows" };
  await auditReport(user, "audit.subject_report.export", cpr, citizenId, rows);
  return { ok: true, rows, csv: streamAuditCsv(db, where, labels) };
}
