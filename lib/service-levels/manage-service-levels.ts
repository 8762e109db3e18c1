import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CENTRAL_TRIAGE_LEVEL, DEFAULT_SERVICE_LEVELS, type ServiceLevels } from "./levels";
import { loadAllServiceLevels } from "./load-service-levels";
import type { ServiceLevelInput } from "./schemas";

export interface ServiceLevelHolder {
  /** "central-triage", or the unit's id. */
  id: string;
  /** null: central triage. */
  unitName: string | null;
  levels: ServiceLevels;
  /** false: the defaults apply, nobody has set this one. */
  isSet: boolean;
}

/** Central triage and every unit that receives referrals, with the service level that applies to each. */
export async function listServiceLevels(): Promise<ServiceLevelHolder[]> {
  const db = await getDb();
  const [units, set] = await Promise.all([
    db.unit.findMany({ where: { organisationId: { not: null } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    loadAllServiceLevels(),
  ]);
  const holder = (id: string, unitName: string | null): ServiceLevelHolder => ({ id, unitName, levels: set.get(id) ?? { ...DEFAULT_SERVICE_LEVELS }, isSet: set.has(id) });
  return [holder(CENTRAL_TRIAGE_LEVEL, null), ...units.map((unit) => holder(unit.id, unit.name))];
}

/**
 * Sets the service level of central triage or of a unit that receives referrals, audited with what changed. It applies
 * to clocks started from now on; the referrals already on a clock keep the due time they were given.
 */
export async function updateServiceLevel(admin: SessionUser, input: ServiceLevelInput): Promise<ServiceLevels> {
  const { holder, ...levels } = input;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (holder !== CENTRAL_TRIAGE_LEVEL) {
      const unit = await tx.unit.findFirst({ where: { id: holder, organisationId: { not: null } }, select: { id: true } });
      if (!unit) throw new AppError("NOT_FOUND", "serviceLevels.holderNotFound", { subject: { type: "Unit", id: holder } });
    }
    const before = (await tx.serviceLevel.findUnique({ where: { id: holder } })) ?? DEFAULT_SERVICE_LEVELS;
    await tx.serviceLevel.upsert({ where: { id: holder }, create: { id: holder, ...levels, updatedById: admin.id }, update: { ...levels, updatedById: admin.id } });
    const changed = (Object.keys(levels) as (keyof ServiceLevels)[]).filter((field) => before[field] !== levels[field]);
    await recordAudit(
      {
        actor: admin,
        action: "service_level.update",
        entityType: "ServiceLevel",
        entityId: holder,
        details: Object.fromEntries(changed.map((field) => [field, { from: before[field], to: levels[field] }])),
      },
      tx,
    );
    return levels;
  });
}
