import "server-only";
import { getDb } from "@/lib/db";
import type { CapacityStatus, ProviderKind } from "@/lib/generated/prisma/enums";

/** One offer to choose, with its wait and places: a coordinator forwards to an offer that can take the citizen. */
export interface OfferChoice {
  id: string;
  title: string;
  waitingWeeks: number | null;
  capacityStatus: CapacityStatus;
}

export interface OfferChoiceGroup {
  unitName: string;
  kind: ProviderKind;
  offers: OfferChoice[];
}

/**
 * Active offers grouped by who provides them, for the coordinator's choices. `forwarding`: only offers that take
 * referrals at a unit that receives them; otherwise every active offer, also clubs and associations the citizen joins
 * without a referral (a decline's alternative).
 */
export async function listOfferChoices({ forwarding }: { forwarding: boolean }): Promise<OfferChoiceGroup[]> {
  const db = await getDb();
  const offers = await db.offer.findMany({
    where: { isActive: true, ...(forwarding ? { takesReferrals: true, unit: { organisationId: { not: null } } } : {}) },
    select: { id: true, title: true, waitingWeeks: true, capacityStatus: true, unit: { select: { name: true, kind: true } } },
    orderBy: [{ unit: { kind: "asc" } }, { unit: { name: "asc" } }, { title: "asc" }],
  });
  const groups = new Map<string, OfferChoiceGroup>();
  for (const { unit, ...offer } of offers) {
    const group = groups.get(unit.name) ?? { unitName: unit.name, kind: unit.kind, offers: [] };
    group.offers.push(offer);
    groups.set(unit.name, group);
  }
  return [...groups.values()];
}
