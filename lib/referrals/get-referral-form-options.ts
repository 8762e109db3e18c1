import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { NeedCategory, type CapacityStatus } from "@/lib/generated/prisma/enums";
import { isStale } from "@/lib/offers/freshness";

/** The offer the form refers to, with what its unit asks for in a referral. */
export interface FormOffer {
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

/** What the referral form offers to choose from: the need taxonomy by category, the chosen offer, the practice's GPs. */
export async function getReferralFormOptions(user: SessionUser, offerSlug: string | undefined, now = new Date()): Promise<ReferralFormOptions> {
  const db = await getDb();
  const [needs, offer, practiceGps] = await Promise.all([
    db.need.findMany({ select: { slug: true, label: true, category: true, description: true }, orderBy: { label: "asc" } }),
    offerSlug
      ? db.offer.findUnique({
          where: { slug: offerSlug },
          select: {
            slug: true, title: true, referralRequirements: true, requiredDiagnoses: true, exclusionCriteria: true, isActive: true, takesReferrals: true,
            waitingWeeks: true, capacityStatus: true, waitingUpdatedAt: true,
            unit: { select: { name: true } },
          },
        })
      : null,
    user.role === "PRACTICE_STAFF"
      ? db.user.findMany({ where: { organisationId: user.organisationId, role: "GP" }, select: { id: true, name: true }, orderBy: { name: "asc" } })
      : null,
  ]);
  const needGroups = Object.values(NeedCategory)
    .map((category) => ({ category, needs: needs.filter((need) => need.category === category).map(({ category: _category, ...need }) => need) }))
    .filter((group) => group.needs.length > 0);
  return {
    offer: offer?.takesReferrals
      ? {
          slug: offer.slug,
          title: offer.title,
          unitName: offer.unit.name,
          referralRequirements: offer.referralRequirements,
          requiredDiagnoses: offer.requiredDiagnoses,
          exclusionCriteria: offer.exclusionCriteria,
          isActive: offer.isActive,
          waitingWeeks: offer.waitingWeeks,
          capacityStatus: offer.capacityStatus,
          waitingUpdatedAt: offer.waitingUpdatedAt,
          waitingStale: isStale(offer.waitingUpdatedAt, now),
        }
      : null,
    needGroups,
    practiceGps,
  };
}
