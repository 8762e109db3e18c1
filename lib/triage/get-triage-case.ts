import "server-only";
import { citizenContactSelect, shownCitizenSelect } from "@/lib/referrals/citizen-contact";
import { decisionScope } from "@/lib/referrals/decide";
import { visibleEventsFor } from "@/lib/referrals/messages";
import { referralAnswersSelect } from "@/lib/referrals/referral-answers";
import { socialProfileSelect } from "@/lib/referrals/social-profile";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const person = { select: { id: true, name: true, title: true } } as const;
const referrer = { select: { id: true, name: true, title: true, role: true } } as const;
const referralRef = { select: { id: true, number: true, status: true, destinationUnit: { select: { name: true } }, offer: { select: { title: true } } } } as const;

/** Everything the coordinator reads to decide, including the full CPR number. */
export const triageCaseSelect = {
  id: true,
  number: true,
  version: true,
  status: true,
  route: true,
  priority: true,
  routingReasons: true,
  destinationUnitId: true,
  assignedToId: true,
  assignedTo: person,
  sentAt: true,
  dueAt: true,
  needs: { select: { slug: true, label: true, category: true }, orderBy: { label: "asc" } },
  ...referralAnswersSelect,
  ...shownCitizenSelect,
  ...citizenContactSelect,
  socialProfile: { select: socialProfileSelect },
  referrerOrganisation: { select: { name: true, phone: true, email: true } },
  referrerUser: referrer,
  responsibleGp: person,
  offer: { select: { id: true, slug: true, title: true, unit: { select: { name: true } } } },
  destinationUnit: { select: { name: true } },
  parentReferral: referralRef,
  previousReferral: referralRef,
  splitReferrals: { ...referralRef, orderBy: { number: "asc" } },
  events: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      toStatus: true,
      createdAt: true,
      details: true,
      note: true,
      alternativeText: true,
      actorRole: true,
      actorOrganisationId: true,
      actorUser: person,
      actorOrganisation: { select: { name: true } },
      alternativeOffer: { select: { slug: true, title: true, unit: { select: { name: true } } } },
      toUnit: { select: { name: true } },
    },
  },
} satisfies Prisma.ReferralSelect;

export type TriageCase = Prisma.ReferralGetPayload<{ select: typeof triageCaseSelect }>;

/** The case as this user reads it: the messages of their own organisation's thread only (lib/referrals/messages.ts). */
export function caseSelectFor<S extends typeof triageCaseSelect>(user: SessionUser, select: S = triageCaseSelect as S): S {
  return { ...select, events: { ...select.events, where: visibleEventsFor(user) } };
}

/**
 * One case of central triage (a referral routed or sent back to triage, also after it was decided), or null. Showing
 * it shows the citizen's full CPR number, so the view is audit-logged as "citizen.cpr.read" (Sundhedsloven §42a).
 */
export async function getTriageCase(user: SessionUser, referralId: string): Promise<TriageCase | null> {
  const { visible } = decisionScope(user, "triage");
  const db = await getDb();
  const referral = await db.referral.findFirst({ where: { id: referralId, ...visible }, select: caseSelectFor(user) });
  if (!referral) return null;
  await recordAudit({ actor: user, action: "citizen.cpr.read", entityType: "Referral", entityId: referral.id, citizenId: referral.citizen.id });
  return referral;
}
