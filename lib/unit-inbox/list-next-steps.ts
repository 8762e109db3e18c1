import "server-only";
import { getDb } from "@/lib/db";
import type { District, Prisma } from "@/lib/generated/prisma/client";

/** The providers whose activities a citizen can go on to after a course: civil society and local efforts. */
const BRIDGING = { isActive: true, unit: { kind: { in: ["CIVIL_SOCIETY", "LOCAL"] } } } satisfies Prisma.OfferWhereInput;

export interface NextStepChoice {
  id: string;
  title: string;
  unitName: string;
}

/**
 * The bridging and civil-society activities a closing unit may pick as the next step, those with a place in the
 * citizen's district first (MedCom's XDIS15 asks for the plan after the course; near home is what gets people there).
 */
export async function listNextSteps(district: District | null): Promise<{ near: NextStepChoice[]; elsewhere: NextStepChoice[] }> {
  const db = await getDb();
  const offers = await db.offer.findMany({
    where: BRIDGING,
    select: { id: true, title: true, districts: true, unit: { select: { name: true } } },
    orderBy: [{ title: "asc" }],
  });
  const lists: { near: NextStepChoice[]; elsewhere: NextStepChoice[] } = { near: [], elsewhere: [] };
  for (const offer of offers) {
    lists[district !== null && offer.districts.includes(district) ? "near" : "elsewhere"].push({ id: offer.id, title: offer.title, unitName: offer.unit.name });
  }
  return lists;
}

/** Whether an offer may be a closing's next step. */
export async function isNextStep(tx: Prisma.TransactionClient, offerId: string): Promise<boolean> {
  return (await tx.offer.count({ where: { id: offerId, ...BRIDGING } })) === 1;
}
