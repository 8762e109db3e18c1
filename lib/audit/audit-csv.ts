import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { copenhagenDateTime } from "@/lib/time/copenhagen";
import { NEWEST_FIRST, olderThan, readAuditRows, type AuditEntity, type AuditRow } from "./audit-rows";
import { CSV_BOM, csvRow } from "./csv";
import type { AuditCursor } from "./schemas";

/** The words of the audit page and its CSV, in the reader's language (components/audit/audit-labels.ts). */
export interface AuditLabels {
  columns: Record<"time" | "user" | "email" | "role" | "organisation" | "action" | "actionCode" | "entity" | "citizen" | "ip" | "userAgent" | "details", string>;
  action: (action: string) => string;
  role: (role: Role) => string;
  entity: (entity: AuditEntity) => string;
  pseudonymised: string;
}

/** Rows read from the database per round trip while streaming. */
const BATCH_SIZE = 2000;

function header(labels: AuditLabels): string {
  const c = labels.columns;
  return csvRow([c.time, c.user, c.email, c.role, c.organisation, c.action, c.actionCode, c.entity, c.citizen, c.ip, c.userAgent, c.details]);
}

function line(row: AuditRow, labels: AuditLabels): string {
  return csvRow([
    copenhagenDateTime(row.at),
    row.user?.name,
    row.user?.email,
    row.role ? labels.role(row.role) : null,
    row.organisation,
    labels.action(row.action),
    row.action,
    row.entity ? labels.entity(row.entity) : null,
    row.citizen === "pseudonymised" ? labels.pseudonymised : row.citizen?.cpr,
    row.ip,
    row.userAgent,
    row.details === null ? null : JSON.stringify(row.details),
  ]);
}

/**
 * The rows matching `where`, newest first, as a CSV stream: a batch is read only when the client has taken the one
 * before (the stream pulls), by keyset on (at, id), so a million rows never sit in memory at once and a download the
 * client gives up on stops reading.
 */
export function streamAuditCsv(db: Db, where: Prisma.AuditLogWhereInput, labels: AuditLabels): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let last: AuditCursor | undefined;
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + header(labels)));
    },
    async pull(controller) {
      try {
        const rows = await readAuditRows(db, { where: last ? { AND: [where, olderThan(last)] } : where, orderBy: NEWEST_FIRST, take: BATCH_SIZE });
        if (cancelled) return;
        if (rows.length > 0) controller.enqueue(encoder.encode(rows.map((row) => line(row, labels)).join("")));
        const end = rows.at(-1);
        if (!end || rows.length < BATCH_SIZE) controller.close();
        else last = { at: end.at, id: end.id };
      } catch (error) {
        // The download is already under way with status 200: it breaks off, and the cause is logged.
        console.error(error);
        controller.error(error);
      }
    },
    cancel() {
      cancelled = true;
    },
  });
}
