import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { NeedCategory, type CapacityStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isStale } from "@/lib/offers/freshness";
import type { OfferAccess } from "@/lib/routing/barriers";

/** The offer the form refers to, with what its unit asks for in a referral. */
export interface FormOffer extends OfferAccess {
  id: string;
  unitId: string;
  slug: string;
  title: string;
  unitName: string;
  referralRequirements: string[];
  requiredDiagnoses: string[];
  exclusionCriteria: string[];
  isActive: boolean;
  /** The expected wait and places as the unit last set them (Vores tilbud), so the referrer can tell the citizen. */
  waitingWeeks: number | null;
  capacityStatus: CapacityStatus;
  waitingUpdatedAt: Date;
  /** Not updated for so long that the waiting time may be wrong. */
  waitingStale: boolean;
  needs: { slug: string }[];
}

export interface NeedGroup {
  category: NeedCategory;
  needs: { slug: string; label: string; description: string | null }[];
}

export interface ReferralFormOptions {
  /** Null when the slug is unknown or the offer takes no referrals: the referral goes to central triage. */
  offer: FormOffer | null;
  needGroups: NeedGroup[];
  /** The practice's GPs, one of whom staff name as responsible; null when the user does not choose one. */
  practiceGps: { id: string; name: string }[] | null;
}

const formOfferSelect = {
  id: true, unitId: true, slug: true, title: true, referralRequirements: true, requiredDiagnoses: true, exclusionCriteria: true, isActive: true, takesReferrals: true,
  waitingWeeks: true, capacityStatus: true, waitingUpdatedAt: true,
  formats: true, hasEveningTimes: true, languages: true, interpreterAvailable: true, transportHelp: true, homeVisits: true,
  unit: { select: { name: true } },
  needs: { select: { slug: true } },
} satisfies Prisma.OfferSelect;

function toFormOffer({ unit, takesReferrals: _takes, ...offer }: Prisma.OfferGetPayload<{ select: typeof formOfferSelect }>, now: Date): FormOffer {
  return { ...offer, unitName: unit.name, waitingStale: isStale(offer.waitingUpdatedAt, now) };
}

/** The offers with these slugs that take referrals, as the form shows them, in the given order. */
export async function getFormOffers(slugs: string[], now = new Date()): Promise<FormOffer[]> {
  if (slugs.length === 0) return [];
  const db = await getDb();
  const offers = await db.offer.findMany({ where: { slug: { in: slugs }, takesReferrals: true }, select: formOfferSelect });
  const bySlug = new Map(offers.map((offer) => [offer.slug, toFormOffer(offer, now)]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

/** What the referral form offers to choose from: the need taxonomy by category, the chosen offer, the practice's GPs. */
export async function getReferralFormOptions(user: SessionUser, offerSlug: string | undefined, now = new Date()): Promise<ReferralFormOptions> {
  const db = await getDb();
  const [needs, offer, practiceGps] = await Promise.all([
    db.need.findMany({ select: { slug: true, label: true, category: true, description: true }, orderBy: { label: "asc" } }),
    offerSlug ? db.offer.findUnique({ where: { slug: offerSlug }, select: formOfferSelect }) : null,
    user.role === "PRACTICE_STAFF"
      ? db.user.findMany({ where: { organisationId: user.organisationId, role: "GP" }, select: { id: true, name: true }, orderBy: { name: "asc" } })
      : null,
  ]);
  const needGroups = Object.values(NeedCategory)
    .map((category) => ({ category, needs: needs.filter((need) => need.category === category).map(({ category: _category, ...need }) => need) }))
    .filter((group) => group.needs.length > 0);
  return {
    offer: offer?.takesReferrals ? toFormOffer(offer, now) : null,
    needGroups,
    practiceGps,
  };
}
