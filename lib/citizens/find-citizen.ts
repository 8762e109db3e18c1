import "server-only";
import type { Db } from "@/lib/db";

/**
 * The citizen with this CPR number (ten digits), or null: one look-up on Citizen's unique index, never a scan. Used by
 * the audit log's CPR search and the lists' "Find én henvisning", which then search by the citizen's id.
 */
export async function findCitizenId(db: Db, cpr: string): Promise<string | null> {
  return (await db.citizen.findUnique({ where: { cpr }, select: { id: true } }))?.id ?? null;
}
