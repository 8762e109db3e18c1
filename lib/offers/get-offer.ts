import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Everything the offer page, the leaflet and GET /api/offers/{id} show. Public data: no citizen information. */
export const offerDetailSelect = {
  id: true,
  unitId: true,
  slug: true,
  title: true,
  summary: true,
  firstMeeting: true,
  forWhom: true,
  diagnosisRequired: true,
  requiredDiagnoses: true,
  minAge: true,
  maxAge: true,
  exclusionCriteria: true,
  formats: true,
  languages: true,
  interpreterAvailable: true,
  transportHelp: true,
  homeVisits: true,
  stepFreeAccess: true,
  isFree: true,
  costNote: true,
  schedule: true,
  hasEveningTimes: true,
  duration: true,
  waitingWeeks: true,
  capacityStatus: true,
  waitingUpdatedAt: true,
  newUntil: true,
  referralRequirements: true,
  takesReferrals: true,
  isActive: true,
  lastCheckedAt: true,
  unit: { select: { id: true, slug: true, name: true, kind: true, phone: true, email: true, website: true } },
  locations: { select: { id: true, name: true, address: true, district: true, transportNote: true }, orderBy: { name: "asc" } },
  needs: { select: { slug: true, label: true, category: true }, orderBy: { label: "asc" } },
} satisfies Prisma.OfferSelect;

export type OfferDetail = Prisma.OfferGetPayload<{ select: typeof offerDetailSelect }>;

/** An offer by its slug or id; paused offers are found too (the page says they are paused). */
export async function getOffer(slugOrId: string): Promise<OfferDetail | null> {
  const db = await getDb();
  return db.offer.findFirst({ where: { OR: [{ slug: slugOrId }, { id: slugOrId }] }, select: offerDetailSelect });
}
