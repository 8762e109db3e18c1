import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The citizen's contact details and preferences as the referrer gave them on this referral (decision 006): shown on
 * case pages and copied when a referral is split. Never read from the shared citizen row, which another organisation
 * may have referred too.
 */
export const citizenContactSelect = {
  citizenName: true,
  citizenPhone: true,
  citizenBestTimeToCall: true,
  citizenPreferredChannel: true,
  citizenLanguage: true,
  citizenNeedsInterpreter: true,
  citizenDistrict: true,
} satisfies Prisma.ReferralSelect;

/** What a referral shows of its citizen: its own name, the shared CPR number, and whether retention has emptied it. */
export const shownCitizenSelect = {
  citizenName: true,
  pseudonymisedAt: true,
  citizen: { select: { id: true, cpr: true } },
} satisfies Prisma.ReferralSelect;

export type CitizenContact = Prisma.ReferralGetPayload<{ select: typeof citizenContactSelect }>;

const CONTACT_FIELDS = Object.keys(citizenContactSelect) as (keyof CitizenContact)[];

/** Whether two referrals give the citizen the same contact details and preferences (name, phone, language …). */
export function sameCitizenContact(a: CitizenContact, b: CitizenContact): boolean {
  return CONTACT_FIELDS.every((field) => a[field] === b[field]);
}
