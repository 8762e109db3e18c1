import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { citizenContactSelect, shownCitizenSelect } from "./citizen-contact";
import { holderContactSelect } from "./holder-contact";

const organisationReferralSelect = {
  id: true,
  number: true,
  status: true,
  route: true,
  routingReasons: true,
  sentAt: true,
  firstMeetingAt: true,
  clockStep: true,
  dueAt: true,
  firstMeetingPlace: true,
  ...shownCitizenSelect,
  offer: { select: { title: true, slug: true, requiredDiagnoses: true } },
  version: true,
  ...citizenContactSelect,
  ...holderContactSelect,
  previousReferral: { select: { id: true, number: true } },
  events: {
    // Who owns the case inside triage or the unit is theirs to know, not the practice's.
    where: { type: { not: "ASSIGNED" } },
    orderBy: { createdAt: "asc" },
    // Who did it is shown as role and organisation, never by the person's name.
    select: {
      id: true,
      type: true,
      createdAt: true,
      actorRole: true,
      actorOrganisationId: true,
      actorOrganisation: { select: { name: true } },
      details: true,
      note: true,
      toUnit: { select: { name: true } },
      alternativeOffer: { select: { title: true, slug: true, unit: { select: { name: true } } } },
      alternativeText: true,
    },
  },
} satisfies Prisma.ReferralSelect;

export type OrganisationReferral = Prisma.ReferralGetPayload<{ select: typeof organisationReferralSelect }>;

/**
 * One referral the user's organisation sent — its receipt, status and timeline — or null for anyone else's (the
 * page answers 404). The look-up of the citizen's data is audit-logged (Sundhedsloven §42a).
 */
export async function getOrganisationReferral(user: SessionUser, id: string): Promise<OrganisationReferral | null> {
  const db = await getDb();
  const referral = await db.referral.findFirst({
    where: { id, referrerOrganisationId: user.organisationId, status: { not: "DRAFT" } },
    select: organisationReferralSelect,
  });
  if (!referral) return null;
  await recordAudit({ actor: user, action: "referral.read", entityType: "Referral", entityId: referral.id, citizenId: referral.citizen.id });
  return referral;
}
