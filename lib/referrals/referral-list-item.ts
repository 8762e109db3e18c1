import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { shownCitizenSelect } from "./citizen-contact";

/** The columns every referral list shows; the CPR number leaves the database only masked (lib/citizens/cpr). */
export const referralListSelect = {
  id: true,
  number: true,
  status: true,
  route: true,
  priority: true,
  sentAt: true,
  updatedAt: true,
  /** When the step owed is due (lib/service-levels), for the "Overskredet" badge. */
  dueAt: true,
  ...shownCitizenSelect,
  destinationUnit: { select: { name: true } },
  offer: { select: { title: true } },
} satisfies Prisma.ReferralSelect;

export type ReferralListRow = Prisma.ReferralGetPayload<{ select: typeof referralListSelect }>;
