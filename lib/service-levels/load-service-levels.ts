import "server-only";
import { getDb, type DbOrTx } from "@/lib/db";
import { CENTRAL_TRIAGE_LEVEL, DEFAULT_SERVICE_LEVELS, type ServiceLevels } from "./levels";

const levelSelect = { openWorkingDays: true, firstContactWorkingDays: true, firstMeetingExtraWeeks: true, decisionWorkingDays: true, escalateAfterWorkingDays: true, followUpMonths: true } as const;

/**
 * The service level of a unit (its id) or of central triage (null): what an administrator set, else the defaults. In a
 * transaction, pass it.
 */
export async function loadServiceLevels(unitId: string | null, tx?: DbOrTx): Promise<ServiceLevels> {
  const db = tx ?? (await getDb());
  const row = await db.serviceLevel.findUnique({ where: { id: unitId ?? CENTRAL_TRIAGE_LEVEL }, select: levelSelect });
  return row ?? { ...DEFAULT_SERVICE_LEVELS };
}

/** Every service level that has been set, by id ("central-triage" or a unit's id). */
export async function loadAllServiceLevels(): Promise<Map<string, ServiceLevels>> {
  const db = await getDb();
  const rows = await db.serviceLevel.findMany({ select: { id: true, ...levelSelect } });
  return new Map(rows.map(({ id, ...levels }) => [id, levels]));
}
