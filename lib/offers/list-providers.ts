import "server-only";
import { getDb } from "@/lib/db";

/** Units and other providers with at least one active offer, for the provider filter. */
export async function listProviders() {
  const db = await getDb();
  return db.unit.findMany({
    where: { offers: { some: { isActive: true } } },
    select: { slug: true, name: true, kind: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
}
