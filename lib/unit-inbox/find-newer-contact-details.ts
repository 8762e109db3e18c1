import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { citizenContactSelect, sameCitizenContact, type CitizenContact } from "@/lib/referrals/citizen-contact";
import { decisionScope } from "@/lib/referrals/decide";

export interface NewerContactDetails {
  id: string;
  number: number;
  sentAt: Date;
  organisation: string;
}

/**
 * The newest referral at the user's unit for the same citizen, sent after `referral`, whose referrer gave other contact
 * details — so the unit calls the right number (decision 006) — or null. Only the unit's own referrals are looked at
 * (the same scope as its inbox), and none that retention has emptied.
 */
export async function findNewerContactDetails(
  user: SessionUser,
  referral: CitizenContact & { id: string; sentAt: Date | null; citizen: { id: string } },
): Promise<NewerContactDetails | null> {
  if (!referral.sentAt) return null;
  const db = await getDb();
  const newer = await db.referral.findMany({
    where: { ...decisionScope(user, "unit").visible, citizenId: referral.citizen.id, id: { not: referral.id }, sentAt: { gt: referral.sentAt }, pseudonymisedAt: null },
    orderBy: { sentAt: "desc" },
    take: 20,
    select: { id: true, number: true, sentAt: true, referrerOrganisation: { select: { name: true } }, ...citizenContactSelect },
  });
  const differing = newer.find((candidate) => !sameCitizenContact(candidate, referral));
  return differing?.sentAt ? { id: differing.id, number: differing.number, sentAt: differing.sentAt, organisation: differing.referrerOrganisation.name } : null;
}
