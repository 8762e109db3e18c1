import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { NeedCategory } from "@/lib/generated/prisma/enums";

/** The offer the form refers to, with what its unit asks for in a referral. */
export interface FormOffer {
  slug: string;
  title: string;
  unitName: string;
  referralRequirements: string[];
  requiredDiagnoses: string[];
  exclusionCriteria: string[];
  isActive: boolean;
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
export async function getReferralFormOptions(user: SessionUser, offerSlug: string | undefined): Promise<ReferralFormOptions> {
  const db = await getDb();
  const [needs, offer, practiceGps] = await Promise.all([
    db.need.findMany({ select: { slug: true, label: true, category: true, description: true }, orderBy: { label: "asc" } }),
    offerSlug
      ? db.offer.findUnique({
          where: { slug: offerSlug },
          select: {
            slug: true, title: true, referralRequirements: true, requiredDiagnoses: true, exclusionCriteria: true, isActive: true, takesReferrals: true,
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
        }
      : null,
    needGroups,
    practiceGps,
  };
}
