import "server-only";
import { getDb } from "@/lib/db";
import type { ProviderKind } from "@/lib/generated/prisma/enums";

export interface OfferChoiceGroup {
  unitName: string;
  kind: ProviderKind;
  offers: { id: string; title: string }[];
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
    select: { id: true, title: true, unit: { select: { name: true, kind: true } } },
    orderBy: [{ unit: { kind: "asc" } }, { unit: { name: "asc" } }, { title: "asc" }],
  });
  const groups = new Map<string, OfferChoiceGroup>();
  for (const offer of offers) {
    const group = groups.get(offer.unit.name) ?? { unitName: offer.unit.name, kind: offer.unit.kind, offers: [] };
    group.offers.push({ id: offer.id, title: offer.title });
    groups.set(offer.unit.name, group);
  }
  return [...groups.values()];
}
