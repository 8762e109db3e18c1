import "server-only";
import { getDb } from "@/lib/db";

/** The active catalogue, for the public "Find tilbud" page. Search by need replaces the plain order later. */
export async function listOffers() {
  const db = await getDb();
  return db.offer.findMany({
    where: { isActive: true },
    orderBy: [{ unit: { name: "asc" } }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      diagnosisRequired: true,
      requiredDiagnoses: true,
      hasEveningTimes: true,
      waitingWeeks: true,
      newUntil: true,
      unit: { select: { name: true } },
    },
  });
}
