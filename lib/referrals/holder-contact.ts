import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What the referrer needs to call whoever holds its referral: the unit's (or its organisation's) phone and hours. */
export const holderContactSelect = {
  destinationUnit: { select: { name: true, phone: true, organisation: { select: { id: true, phone: true, openingHours: true } } } },
} satisfies Prisma.ReferralSelect;

export interface HolderContact {
  name: string;
  phone: string | null;
  openingHours: string | null;
}

type WithHolder = Prisma.ReferralGetPayload<{ select: typeof holderContactSelect }>;

/** The unit holding the referral, or central triage while it has it: name, phone number and opening hours. */
export async function holderContact(referral: WithHolder, centralTriageName: string): Promise<HolderContact> {
  const unit = referral.destinationUnit;
  if (unit) return { name: unit.name, phone: unit.phone ?? unit.organisation?.phone ?? null, openingHours: unit.organisation?.openingHours ?? null };
  const db = await getDb();
  const triage = await db.organisation.findFirst({ where: { type: "CENTRAL_TRIAGE" }, select: { phone: true, openingHours: true } });
  return { name: centralTriageName, phone: triage?.phone ?? null, openingHours: triage?.openingHours ?? null };
}
