import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a result card shows. */
export const offerCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  forWhom: true,
  diagnosisRequired: true,
  requiredDiagnoses: true,
  formats: true,
  languages: true,
  interpreterAvailable: true,
  transportHelp: true,
  homeVisits: true,
  stepFreeAccess: true,
  isFree: true,
  costNote: true,
  hasEveningTimes: true,
  schedule: true,
  waitingWeeks: true,
  capacityStatus: true,
  waitingUpdatedAt: true,
  newUntil: true,
  takesReferrals: true,
  unit: { select: { name: true, kind: true } },
  locations: { select: { district: true }, orderBy: { name: "asc" } },
} satisfies Prisma.OfferSelect;

export type OfferCard = Prisma.OfferGetPayload<{ select: typeof offerCardSelect }>;

/** Cards for the given offer ids, in the given order (the search's ranking). */
export async function getOfferCards(ids: string[]): Promise<OfferCard[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  const offers = await db.offer.findMany({ where: { id: { in: ids } }, select: offerCardSelect });
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
