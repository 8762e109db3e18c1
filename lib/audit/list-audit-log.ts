import "server-only";
import { getDb } from "@/lib/db";

export async function listAuditLog(take = 100) {
  const db = await getDb();
  return db.auditLog.findMany({
    orderBy: { at: "desc" },
    take,
    select: { id: true, at: true, action: true, role: true, entityType: true, entityId: true, user: { select: { name: true } }, organisation: { select: { name: true } } },
  });
}
