import "server-only";
import { recordListLookup } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { referralListSelect } from "./referral-list-item";

/** The unit's inbox: referrals whose current destination is the user's unit, newest first. */
export async function listUnitInbox(user: SessionUser, take = 100) {
  if (!user.unitId) return [];
  const db = await getDb();
  const referrals = await db.referral.findMany({
    where: { destinationUnitId: user.unitId, status: { not: "DRAFT" } },
    orderBy: { sentAt: "desc" },
    take,
    select: referralListSelect,
  });
  await recordListLookup(user, "referral.list.unit", referrals);
  return referrals;
}

export async function getUnitName(unitId: string) {
  const db = await getDb();
  return (await db.unit.findUnique({ where: { id: unitId }, select: { name: true } }))?.name ?? null;
}
