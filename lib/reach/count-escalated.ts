import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CAPPED_SQL_LIMIT } from "@/lib/paging/capped-count";
import { SMALL_CELL_LIMIT } from "./small-cells";

/** A count as the overview shows it: under 5 as "<5", past the cap of lib/paging/capped-count.ts as "over 1.000". */
export type EscalatedCount = { kind: "shown"; value: number } | { kind: "small" };

export interface EscalatedCounts {
  /** Per holder with escalated steps: a unit's name, or null for central triage; in name order (by size, "<5" rows would tell more). */
  rows: { unitName: string | null; count: EscalatedCount }[];
  empty: boolean;
  /** When they were counted. */
  countedAt: Date;
}

/**
 * Counted at most once a minute per server process: escalations are made by the job, which runs once a minute, so a
 * fresher count would show nothing new, and the overview's page stays one statement for most requests.
 */
const KEEP_MS = 60_000;
let kept: EscalatedCounts | null = null;

/**
 * The managers' overview of steps still overdue after their reminder (lib/escalation), per unit and central triage:
 * where referrals stall. One statement of capped counts, one per holder, each on the (escalation, destinationUnitId,
 * clockStep) index, so the page reads a bounded number of index entries however many referrals are late; a follow-up
 * after closing is never escalated and not counted. No total is shown, so a "<5" cannot be worked out from the others.
 */
export async function countEscalated(now = new Date()): Promise<EscalatedCounts> {
  if (kept && now.getTime() - kept.countedAt.getTime() < KEEP_MS) return kept;
  const db = await getDb();
  const capped = (holder: Prisma.Sql) => Prisma.sql`(
      SELECT count(*)::int FROM (
        SELECT 1 FROM "Referral" r
        WHERE r.escalation = 'ESCALATED' AND ${holder} AND r."clockStep" IN ('TRIAGE_DECISION', 'UNIT_OPEN', 'FIRST_CONTACT', 'FIRST_MEETING')
        -- In the index's order, so the planner walks the index rather than scanning for the first rows (measured at
        -- 100,000 referrals: 240 ms of scans to 6 ms).
        ORDER BY r.escalation, r."destinationUnitId", r."clockStep"
        LIMIT ${CAPPED_SQL_LIMIT}
      ) capped)`;
  const rows = await db.$queryRaw<{ unitName: string | null; count: number }[]>`
    SELECT NULL::text AS "unitName", ${capped(Prisma.sql`r."destinationUnitId" IS NULL`)} AS count
    UNION ALL
    SELECT u.name, ${capped(Prisma.sql`r."destinationUnitId" = u.id`)} FROM "Unit" u WHERE u."organisationId" IS NOT NULL
    ORDER BY 1 NULLS FIRST`;
  const shown = rows.flatMap((row) =>
    row.count === 0 ? [] : [{ unitName: row.unitName, count: row.count < SMALL_CELL_LIMIT ? ({ kind: "small" } as const) : ({ kind: "shown", value: row.count } as const) }],
  );
  kept = { rows: shown, empty: shown.length === 0, countedAt: now };
  return kept;
}
